"""(a) Global Industrial Technology Cooperation Centers and (b) the overseas partners of the
2024 example pairs plus labs/groups at all center and partner hosts. English documents.
Lab names at universities are generic descriptions, not real lab names."""
from docs_common import D

# ---------------------------------------------------------------- (a) cooperation centers
D("gicc-fraunhofer", "SECONDARY_BATTERY", "", "",
  "Fraunhofer-Gesellschaft — Global Industrial Technology Cooperation Center",
  """Liaison center opened in Germany in 2024 with Fraunhofer to plan and run joint R&D between
  Korean companies and Fraunhofer institutes in batteries and semiconductors. On the battery side it
  brokers projects on cell production engineering, dry-electrode coating, solid-state and sodium
  cells, and battery materials recycling with the institutes that run pilot lines in Dresden,
  Münster and Würzburg. On the semiconductor side it connects firms with 300 mm process pilot lines,
  SiC power electronics, wafer-level packaging and heterogeneous integration. The center scopes
  contract research and joint projects, arranges the dispatch of Korean researchers for at least
  half of the project period, and helps with European partners, IP terms and certification.""")

D("gicc-yale", "INTELLIGENT_ROBOT", "", "",
  "Yale University — Global Industrial Technology Cooperation Center",
  """Cooperation center set up in 2024 at Yale to create joint research tasks with Korean companies
  in robotics and artificial intelligence and in semiconductors. Robotics topics include grasping and
  manipulation, soft robots, human-robot interaction and learning-based control. Semiconductor topics
  include energy-efficient computing hardware, cryogenic and quantum devices, and process utilities
  such as ultrapure water and membrane separation for fabs. The center matches company needs with
  faculty groups, co-plans proposals and hosts Korean researchers on long-term dispatch.""")

D("gicc-purdue", "FUTURE_MOBILITY", "", "",
  "Purdue University — Global Industrial Technology Cooperation Center",
  """Cooperation center opened at Purdue in 2024 covering future mobility, batteries and
  semiconductors. Mobility work spans electrified powertrains, wireless charging roads, connected and
  autonomous vehicles, electromagnetic compatibility and aerospace propulsion. Battery work covers
  cell safety, thermal runaway and abuse testing, and battery electrochemistry and mechanics.
  Semiconductor work draws on Purdue's nanotechnology center and its heterogeneous integration and
  packaging programs. The center helps Korean firms define joint projects, access test facilities
  and place visiting researchers on campus.""")

D("gicc-johns-hopkins", "ADVANCED_BIO", "", "",
  "Johns Hopkins University — Global Industrial Technology Cooperation Center",
  """Cooperation center established at Johns Hopkins in 2024 for bio and health technology.
  It links Korean pharmaceutical, biotech and medical device companies with Johns Hopkins groups in
  cancer immunotherapy, gene therapy, biomaterials and regenerative engineering, ageing biology,
  and surgical robotics and medical imaging. The center organises joint research planning,
  translational and clinical collaboration pathways, and the dispatch of Korean researchers to
  Baltimore laboratories for long-term joint work.""")

D("gicc-georgia-tech", "SEMICONDUCTOR", "", "",
  "Georgia Institute of Technology (Georgia Tech) — Global Industrial Technology Cooperation Center",
  """Cooperation center opened in 2024 at Georgia Tech for semiconductors and displays.
  Semiconductor collaboration centres on advanced packaging and glass-core substrates, wide-bandgap
  power and RF devices, and the university's cleanroom and nanofabrication facilities. Display
  collaboration covers micro-LED displays, organic electronics and OLED materials, and oxide
  thin-film transistor backplanes. The center builds consortia of Korean firms and Georgia Tech
  research groups, supports industry-sponsored projects and hosts visiting Korean engineers.""")

D("gicc-mit", "INTELLIGENT_ROBOT", "", "",
  "Massachusetts Institute of Technology (MIT) — Global Industrial Technology Cooperation Center",
  """Cooperation center at MIT opened in 2024 for robotics and AI and for smart manufacturing.
  Robotics and AI topics include dexterous robot hands and tactile sensing, legged and humanoid
  locomotion, and robot learning with foundation models. Smart manufacturing topics include
  data-driven process control, digital twins, and the scale-up of new production processes.
  The center turns company needs into joint research tasks with MIT laboratories, supports
  industrial liaison and IP arrangements, and places Korean researchers at MIT for at least half of
  each project.""")

D("gicc-stanford", "ADVANCED_BIO", "", "",
  "Stanford University — Global Industrial Technology Cooperation Center (MOU)",
  """Planned cooperation center under a memorandum of understanding between the Korean Ministry of
  Trade, Industry and Energy and Stanford University to discover and plan joint research tasks with
  Korean companies. Discussions focused on bio and robotics: synthetic biology and bioengineering,
  ageing biology, brain-computer interfaces, robot learning and medical and haptic robotics.
  The center is intended to connect Korean firms with Stanford laboratories and the Silicon Valley
  start-up ecosystem.""")

# ---------------------------------------------------------------- (b) partner hosts: institutions
D("pt-mit", "ADVANCED_MANUFACTURING", "", "",
  "Massachusetts Institute of Technology (MIT)",
  """Private research university in Cambridge, Massachusetts, with engineering and science
  departments that work across robotics, materials, energy, biology and manufacturing. Its research
  laboratories collaborate with industry through sponsored research, consortia and an industrial
  liaison program. Strengths relevant to industrial partners include robotics and AI, nanoscale
  heat transfer, electrochemical energy storage, RNA therapeutics and data-driven manufacturing.""")

D("pt-fraunhofer", "ADVANCED_MANUFACTURING", "", "",
  "Fraunhofer-Gesellschaft",
  """Germany's largest organisation for applied research, with more than seventy institutes that
  carry out contract research for companies. Institutes operate pilot lines and test centres in
  battery cell production, microelectronics, power electronics, lasers, manufacturing automation,
  materials and solar and hydrogen energy. Typical cooperation forms are bilateral contract
  research, publicly funded joint projects and licensing of Fraunhofer technology.""")

D("pt-purdue", "FUTURE_MOBILITY", "", "",
  "Purdue University",
  """Public research university in West Lafayette, Indiana, known for engineering, aeronautics and
  astronautics. Research strengths include propulsion, hypersonics, electrified vehicles and
  charging, battery safety, semiconductor nanotechnology and packaging, and electromagnetic
  materials. The university runs large test facilities for combustion, wind tunnels and
  nanofabrication that industry can use through sponsored projects.""")

D("pt-yale", "SEMICONDUCTOR", "", "",
  "Yale University",
  """Private research university in New Haven, Connecticut. Its School of Engineering and Applied
  Science works on robotics and human-robot interaction, soft and grasping robots, quantum and
  cryogenic devices, low-power computing hardware, environmental engineering and membrane-based
  water treatment. Yale collaborates with companies through sponsored research and its cooperation
  programs with industry.""")

D("pt-numenta", "SEMICONDUCTOR", "sem.neuromorphic", "sem.ondevice-ai",
  "Numenta",
  """Company in California that develops artificial intelligence based on how the neocortex
  works. Its research applies principles of cortical computation — sparse activations, sparse
  connectivity and sensorimotor learning — to build neural networks that run far more efficiently
  than dense deep-learning models. Numenta works with hardware partners to implement these
  brain-inspired algorithms in processors and chips for ultra-low-power inference.""")

D("pt-numenta-sparsity", "SEMICONDUCTOR", "sem.neuromorphic", "sem.ondevice-ai",
  "Numenta — Brain-Inspired Sparse Computing Research",
  """Research team working on sparse, cortex-inspired neural network architectures and their
  mapping to silicon. The team studies how dendrite-like computation, sparse representations and
  continual learning reduce the energy and memory needed for inference. It co-designs algorithms
  with chip architects so that sparsity is exploited by the hardware, targeting edge devices that
  must run AI on a very small power budget.""")

D("pt-hms", "ADVANCED_BIO", "", "",
  "Harvard Medical School",
  """Medical school of Harvard University in Boston with basic science departments and affiliated
  teaching hospitals. Research spans cancer biology and pharmacology, the biology of ageing,
  neuroscience, cell therapy and tissue models. Companies collaborate through sponsored research,
  licensing of inventions and translational programs linked to the affiliated hospitals.""")

D("pt-johns-hopkins", "ADVANCED_BIO", "", "",
  "Johns Hopkins University",
  """Private research university in Baltimore with leading schools of medicine, public health and
  engineering and the Applied Physics Laboratory. Research areas include oncology and
  immunotherapy, gene therapy, biomedical engineering, surgical robotics, ageing research and space
  and defense systems. Industry partners work with its laboratories through sponsored research and
  technology licensing.""")

D("pt-georgia-tech", "SEMICONDUCTOR", "", "",
  "Georgia Institute of Technology (Georgia Tech)",
  """Public research university in Atlanta with large engineering programs. Research strengths
  include electronic packaging and substrates, wide-bandgap devices, organic and flexible
  electronics, displays, power systems and manufacturing. The institute operates shared cleanrooms
  and a manufacturing institute that support industry-funded projects.""")

D("pt-stanford", "ADVANCED_BIO", "", "",
  "Stanford University",
  """Private research university in Silicon Valley with strong engineering and medical schools.
  Research relevant to industry includes bioengineering and synthetic biology, neuroscience and
  brain-computer interfaces, robot learning, batteries and energy materials, and the biology of
  ageing. Close ties to start-ups and venture capital make it a frequent partner for technology
  commercialisation.""")

# ---------------------------------------------------------------- (b) MIT labs
D("pt-mit-dexterous-hand", "INTELLIGENT_ROBOT", "rob.hand", "rob.humanoid rob.haptics",
  "MIT — Dexterous Manipulation and Tactile Sensing Group",
  """Group developing multi-fingered robot hands that can grasp and manipulate everyday objects as
  well as a human hand. Work covers compact finger actuation and tendon drives, high-resolution
  vision-based tactile sensors in the fingertips, and in-hand manipulation learned in simulation and
  transferred to real hardware. The group tests hands on humanoid and industrial platforms and
  studies robustness, durability and cost for commercial deployment.""")

D("pt-mit-legged-robots", "INTELLIGENT_ROBOT", "rob.humanoid", "rob.actuator",
  "MIT — Legged and Humanoid Locomotion Laboratory",
  """Laboratory designing dynamic legged robots and humanoids. It develops high-torque-density
  proprioceptive actuators, model-predictive whole-body control and balance recovery on rough
  terrain. Recent work targets humanoids that walk, carry loads and manipulate objects in
  unstructured environments.""")

D("pt-mit-robot-learning", "INTELLIGENT_ROBOT", "rob.embodied-ai", "rob.humanoid",
  "MIT — Embodied Intelligence and Robot Learning Group",
  """Group researching how robots learn skills from demonstration, simulation and large
  multimodal datasets. Topics include robot foundation models, vision-language-action policies,
  task and motion planning, and sim-to-real transfer. The group collaborates with manufacturers to
  apply learned manipulation to assembly and logistics.""")

D("pt-mit-microdisplay-thermal", "DISPLAY", "dsp.xr-thermal", "th.cooling dsp.oledos",
  "MIT — Nanoscale Heat Transfer and Microdisplay Thermal Management Laboratory",
  """Laboratory studying heat generation and heat spreading in compact optoelectronic devices.
  For near-eye XR displays it models hot spots in micro-OLED and micro-LED panels and driver chips,
  and develops thin heat spreaders, phonon-engineered films and thermally conductive interfaces that
  keep headset temperature within comfort limits. It also measures thermal properties of thin films
  with optical pump-probe techniques.""")

D("pt-mit-rna-rejuvenation", "ADVANCED_BIO", "bio.mrna-aging", "bio.lnp bio.aging",
  "MIT — RNA Therapeutics and Tissue Rejuvenation Group",
  """Group engineering messenger RNA and lipid nanoparticles to deliver transient reprogramming
  factors to specific tissues. The aim is to restore youthful gene-expression patterns and
  function in aged cells of the eye, inner ear and other tissues without causing loss of cell
  identity. Work includes tissue-targeted delivery, dosing control, epigenetic age clocks and
  safety studies in animal models.""")

D("pt-mit-data-manufacturing", "ADVANCED_MANUFACTURING", "mfg.ai-process mfg.digital-twin", "",
  "MIT — Laboratory for Data-Driven Manufacturing",
  """Laboratory applying machine learning and physics-based models to manufacturing processes.
  It builds digital twins of production lines, in-line quality prediction from sensor data and
  closed-loop process control for machining, injection moulding and additive processes. Industrial
  partners use its methods to reduce scrap and ramp up new products faster.""")

D("pt-mit-electrochemical-storage", "SECONDARY_BATTERY", "bat.li-metal", "bat.sulfide-se bat.oxide-se",
  "MIT — Electrochemical Energy Storage Group",
  """Group studying interfaces in next-generation batteries. Work focuses on lithium metal anodes,
  dendrite growth and its suppression, solid electrolyte interphase chemistry, and stable contact
  between lithium and solid electrolytes. The group uses operando microscopy and electrochemical
  modelling to design anode-free and solid-state cells.""")

D("pt-mit-nuclear-reactor-lab", "NEXTGEN_NUCLEAR", "nuc.materials", "nuc.fuel nuc.advanced",
  "MIT — Nuclear Reactor Laboratory",
  """University laboratory operating a research reactor used for in-core irradiation of fuels and
  materials. It tests cladding, structural alloys, sensors and molten-salt loops under neutron
  irradiation for advanced reactor developers. It also trains engineers and supports the
  qualification of materials for small modular and advanced reactors.""")

D("pt-mit-2d-devices", "SEMICONDUCTOR", "sem.2d", "sem.gan",
  "MIT — Two-Dimensional Materials and Beyond-CMOS Devices Group",
  """Group growing wafer-scale two-dimensional semiconductors such as MoS2 and WSe2 at
  back-end-compatible temperatures and building transistors, memories and sensors from them.
  It investigates monolithic 3D integration of 2D devices on silicon logic and low-power
  electronics for edge computing.
  Industry partners sponsor work on contact resistance, variability and wafer-scale uniformity needed before these materials can enter a fab.""")

D("pt-mit-electrochemical-ccu", "CORE_MATERIALS", "mat.ccu", "ene.electrolysis",
  "MIT — Electrochemical Carbon Capture and Conversion Lab",
  """Lab developing electrochemically driven carbon dioxide capture that swings sorbent affinity
  with voltage instead of heat, and electrolysers that convert CO2 into fuels and chemicals.
  It works on sorbent chemistry, electrode design and system integration for capture from flue gas
  and air.
  Its prototypes are tested with industrial gas streams to estimate energy use and cost per tonne of CO2.""")

# ---------------------------------------------------------------- (b) Fraunhofer institutes
D("pt-fraunhofer-iws", "SECONDARY_BATTERY", "bat.dry-electrode", "bat.cell-production mfg.laser bat.sulfide-se",
  "Fraunhofer IWS — Dry Electrode Coating and Battery Processing",
  """Institute in Dresden working on laser and surface technology and on battery processing.
  It has developed solvent-free dry-film electrode coating, in which a binder is fibrillated and
  the powder mixture is calendered directly into an electrode film, for lithium-ion, sulfur and
  solid-state cells. The team scales the process on roll-to-roll equipment, supports machine builders
  with equipment concepts, and also offers laser cutting and welding for cell and module assembly.""")

D("pt-fraunhofer-ikts", "SECONDARY_BATTERY", "bat.oxide-se bat.sodium", "mat.ceramics bat.sulfide-se ene.fuelcell",
  "Fraunhofer IKTS — Ceramic Battery and Energy Materials",
  """Institute for ceramic technologies working on solid-state batteries with oxide and garnet
  ceramic electrolytes, sodium-based high-temperature batteries for stationary storage, and
  ceramic components for fuel cells and electrolysis. It develops tape casting and sintering
  processes for thin ceramic separators and characterises electrochemical performance up to cell
  level.
  The institute also offers failure analysis and scale-up support to companies building ceramic cell components.""")

D("pt-fraunhofer-ffb", "SECONDARY_BATTERY", "bat.cell-production", "bat.dry-electrode bat.testing",
  "Fraunhofer FFB — Research Fab for Battery Cell Production",
  """Research fabrication facility in Münster for large-format lithium-ion cell production at
  industrial scale. Companies use it to test new materials, machines and process steps — mixing,
  coating, drying, stacking, filling and formation — on a full production line, and to develop
  digitalised production with data acquisition across every step. The fab supports scale-up from
  pilot to gigafactory processes.""")

D("pt-fraunhofer-iwks", "SECONDARY_BATTERY", "bat.recycling", "mat.rare-earth",
  "Fraunhofer IWKS — Materials Recycling and Resource Strategies",
  """Fraunhofer research institution developing recycling processes for critical raw materials.
  For batteries it works on dismantling, black-mass processing and the recovery of lithium, nickel
  and cobalt, including direct recycling of cathode materials. It also recovers rare-earth elements
  from permanent magnets and studies substitution of critical materials.""")

D("pt-fraunhofer-ipms", "SEMICONDUCTOR", "sem.minifab sem.memory", "sem.metrology",
  "Fraunhofer IPMS — 300 mm Nanoelectronic Technologies Center",
  """Institute in Dresden operating a 300 mm cleanroom for process development on industrial tools.
  It offers customer projects on ferroelectric hafnium-oxide memories, embedded non-volatile memory,
  back-end-of-line integration and process module development, and lets material and equipment
  suppliers qualify their products on 300 mm wafers before fab introduction.
  Joint projects can run on the institute's tools under industrial cleanroom standards, which shortens qualification at customer fabs.""")

D("pt-fraunhofer-iisb", "SEMICONDUCTOR", "sem.sic mob.power-electronics", "sem.metrology",
  "Fraunhofer IISB — Power Electronics and SiC Technology",
  """Institute in Erlangen working on power electronic systems and wide-bandgap semiconductor
  technology. It runs a silicon carbide device line for ion implantation, oxidation and
  prototyping, studies crystal defects in SiC substrates and epitaxial layers and their impact on
  device reliability, and develops inverters and chargers for electric vehicles and grids.
  Companies commission it for device prototyping, defect analysis and the qualification of power modules.""")

D("pt-fraunhofer-izm", "SEMICONDUCTOR", "sem.packaging", "mob.power-electronics",
  "Fraunhofer IZM — Wafer-Level Packaging and Heterogeneous Integration",
  """Institute in Berlin specialising in electronics packaging. It offers wafer-level packaging,
  fan-out and panel-level processes, through-silicon vias, chiplet integration and reliability
  testing of assemblies, including power modules. Companies use its pilot lines to develop and
  qualify packaging concepts.""")

D("pt-fraunhofer-ise", "NEW_ENERGY", "ene.solar ene.electrolysis", "ene.fuelcell ene.grid",
  "Fraunhofer ISE — Solar Energy and Hydrogen Technologies",
  """Institute in Freiburg for solar energy systems. Research covers silicon and perovskite-silicon
  tandem solar cells and modules, PEM water electrolysis and fuel cell testing, power electronics
  for grid integration and building energy. It provides certification-grade testing laboratories
  for PV modules.""")

D("pt-fraunhofer-iaf", "SEMICONDUCTOR", "sem.gan", "aer.radar sem.quantum",
  "Fraunhofer IAF — Compound Semiconductor Devices",
  """Institute in Freiburg developing III-V and III-nitride devices. It grows GaN and related
  epitaxial layers and makes high-frequency transistors and MMICs for radar and communications,
  GaN power transistors and quantum sensing devices based on diamond.
  Its epitaxy and device lines support customers from material growth to packaged prototypes. Partners commission reliability studies of GaN devices for defense and telecom systems.""")

D("pt-fraunhofer-ilt", "ADVANCED_MANUFACTURING", "mfg.laser mfg.additive", "mat.coatings",
  "Fraunhofer ILT — Laser Technology",
  """Institute in Aachen developing laser sources and laser-based manufacturing. It works on laser
  powder bed fusion and directed energy deposition of metals, laser cladding, ultrashort-pulse
  micromachining and laser welding of battery and electronic components.
  It develops process monitoring for these laser processes and transfers them to machine builders. Companies use its application labs for feasibility studies and pilot production.""")

D("pt-fraunhofer-ipa", "ADVANCED_MANUFACTURING", "mfg.ai-process", "rob.collab rob.amr mfg.digital-twin",
  "Fraunhofer IPA — Manufacturing Engineering and Automation",
  """Institute in Stuttgart that helps manufacturers automate and digitalise production.
  It develops AI-based production planning, service robots and mobile manipulators, cleanroom
  manufacturing, and methods for cost-effective automation of assembly in small and medium-sized
  enterprises.
  Its test fields let companies try automation solutions before investing in them.""")

# ---------------------------------------------------------------- (b) Purdue labs
D("pt-purdue-emc-materials", "FUTURE_MOBILITY", "mob.emi", "mat.composite",
  "Purdue — Electromagnetic Compatibility and Functional Materials Lab",
  """Lab studying electromagnetic interference in vehicles and the materials that control it.
  It designs conductive and magnetic filler composites, coatings and metamaterial absorbers that
  shield or absorb noise from high-voltage power electronics, radar and wireless links in electric
  and autonomous vehicles. It runs EMC chambers for measuring shielding effectiveness and
  vehicle-level emissions.""")

D("pt-purdue-ev-charging", "FUTURE_MOBILITY", "mob.wireless-charging", "mob.power-electronics ene.wpt",
  "Purdue — Electrified Transportation and Dynamic Wireless Charging Lab",
  """Lab developing high-power inductive charging for electric vehicles, including charging lanes
  embedded in pavement that charge trucks while driving. Work covers coil design, power electronics,
  alignment and foreign-object detection, and field testing on roads.
  Projects with utilities and transport agencies evaluate grid impact and costs of electrified highways.""")

D("pt-purdue-battery-safety", "SECONDARY_BATTERY", "bat.safety", "bat.bms bat.testing",
  "Purdue — Battery Safety and Electrochemical Mechanics Lab",
  """Lab investigating failure of lithium-ion cells under abuse. It studies internal short
  circuits, thermal runaway initiation and propagation in modules, and the coupling between
  electrode mechanics and degradation, using calorimetry, nail penetration and crush tests combined
  with physics-based models.
  Industry partners use these methods to design safer cells and to evaluate propagation barriers in packs.""")

D("pt-purdue-autonomous", "FUTURE_MOBILITY", "mob.autonomous", "",
  "Purdue — Connected and Autonomous Vehicles Research Group",
  """Group working on perception, sensor fusion and decision-making for automated vehicles,
  and on connected vehicle communications. It operates an instrumented test track and data
  collection vehicles for camera, radar and lidar.
  Projects with automakers and suppliers cover validation of driver assistance functions and datasets for training perception models.""")

D("pt-purdue-hetero-integration", "SEMICONDUCTOR", "sem.packaging", "sem.minifab",
  "Purdue — Heterogeneous Integration and Chip Packaging Lab",
  """Lab in the university's nanotechnology center researching chiplet packaging, fine-pitch
  interconnects, thermal management of 3D stacks and reliability of advanced packages. It runs
  workforce training programs for semiconductor packaging with industry.
  Companies use its cleanroom for prototyping interposers and test vehicles.""")

D("pt-purdue-propulsion", "AEROSPACE_DEFENSE", "aer.launch aer.engine", "",
  "Purdue — High-Pressure Combustion and Rocket Propulsion Laboratory",
  """Laboratory with test cells for liquid rocket engines, gas turbine combustors and
  high-pressure combustion. It studies injector design, combustion instability and rotating
  detonation engines for launch vehicles and aircraft propulsion.
  Industry and government sponsors use the test cells for component development and qualification testing.""")

D("pt-purdue-hypersonics", "AEROSPACE_DEFENSE", "aer.hypersonic", "",
  "Purdue — Hypersonic Flow and Thermal Protection Lab",
  """Lab with a quiet Mach-6 wind tunnel and arc-heated facilities for studying boundary-layer
  transition, aerothermal heating and thermal protection materials for hypersonic vehicles.
  It measures heat flux and material recession under realistic flight conditions. Defense and aerospace companies sponsor tests of vehicle shapes and heat-shield materials.""")

D("pt-purdue-electronics-cooling", "FUTURE_MOBILITY", "th.cooling mob.thermal", "dsp.xr-thermal",
  "Purdue — Electronics Cooling and Thermal Management Lab",
  """Lab developing two-phase cooling, vapour chambers and jet impingement for power electronics,
  data-centre processors and electric-vehicle inverters and battery packs. It characterises thermal
  interface materials and designs compact heat sinks for high heat-flux devices.
  It collaborates with automotive and electronics firms on heat removal in compact packages.""")

# ---------------------------------------------------------------- (b) Yale labs
D("pt-yale-membrane-water", "SEMICONDUCTOR", "sem.upw", "ene.electrolysis",
  "Yale — Membrane Science and Water Purification Lab",
  """Lab developing membranes and electrochemical processes for water purification. Research
  covers reverse osmosis and nanofiltration membranes, removal of trace organics, boron and silica,
  and ion-exchange and electrodeionisation steps used to produce ultrapure water for semiconductor
  fabs. It also studies water reuse and recovery of process wastewater.""")

D("pt-yale-grasping-soft", "INTELLIGENT_ROBOT", "rob.soft", "rob.hand",
  "Yale — Grasping and Soft Robotics Lab",
  """Lab building underactuated grippers and soft robotic structures from compliant materials.
  It develops open-source hand designs, variable-stiffness materials and soft actuators for robots
  that handle delicate and irregular objects.
  Its hands are designed to be robust and low cost. It collaborates with companies on grippers for logistics and food handling.""")

D("pt-yale-hri", "INTELLIGENT_ROBOT", "rob.collab", "",
  "Yale — Human-Robot Interaction and Social Robotics Lab",
  """Lab studying how robots interact socially and safely with people. It develops perception
  of human intent, adaptive behaviour and trust for service and assistive robots, and applies
  AI to robots used in education and care.
  It studies long-term deployment of robots in homes and schools.""")

D("pt-yale-quantum-devices", "SEMICONDUCTOR", "sem.quantum", "sem.extreme-env",
  "Yale — Quantum Devices and Cryogenic Electronics Lab",
  """Lab fabricating superconducting circuits for quantum information and cryogenic control
  electronics that operate at millikelvin temperatures. It studies materials losses, packaging and
  readout for scalable quantum processors.
  It collaborates with industry on cryogenic packaging, microwave components and materials for qubits.""")

D("pt-yale-efficient-hardware", "SEMICONDUCTOR", "sem.ondevice-ai", "sem.neuromorphic sem.pim",
  "Yale — Energy-Efficient Computing Hardware Lab",
  """Lab designing low-power processors and accelerators for machine learning at the edge.
  Work includes in-memory computing, event-driven spiking architectures and hardware-software
  co-design for sensors and wearables.
  The lab tapes out test chips to validate energy savings on real workloads.""")

D("pt-yale-green-chemistry", "CORE_MATERIALS", "mat.bioplastics", "mat.ccu mat.plastic-recycling",
  "Yale — Green Chemistry and Sustainable Materials Center",
  """Center designing chemicals and materials that are safer and degradable by design. It works on
  bio-based polymers, molecular design for reduced toxicity and catalytic conversion of waste and
  CO2 into useful products.
  It advises companies on substituting hazardous substances in products.""")

# ---------------------------------------------------------------- (b) Harvard Medical School labs
D("pt-hms-cancer-resistance", "ADVANCED_BIO", "bio.oncology-resistance", "",
  "Harvard Medical School — Cancer Drug Resistance and Systems Pharmacology Lab",
  """Lab studying why tumours become resistant to targeted and cytotoxic anticancer drugs and how
  to overcome it. It maps resistance pathways with single-cell profiling and CRISPR screens,
  designs rational combinations and dosing schedules that delay resistance, and models the toxicity
  of anticancer agents in normal tissues to widen the therapeutic window.
  It collaborates with pharmaceutical companies to test new agents in resistant tumour models.""")

D("pt-hms-aging-epigenetics", "ADVANCED_BIO", "bio.aging", "bio.mrna-aging",
  "Harvard Medical School — Epigenetics of Ageing Lab",
  """Lab investigating epigenetic drivers of ageing and ways to reverse them. It studies
  epigenetic clocks, the loss of epigenetic information with age and partial reprogramming with
  transcription factors to restore function in tissues such as the retina.
  Its work has shown that restoring youthful epigenetic patterns can recover vision in ageing models.""")

D("pt-hms-tissue-models", "ADVANCED_BIO", "bio.organoid", "bio.oncology-resistance",
  "Harvard Medical School — Organoid and Tissue Model Lab",
  """Lab developing patient-derived organoids and organ-on-chip models for disease modelling and
  drug testing. It uses tumour organoids to predict drug response and toxicity before clinical
  trials.
  It collaborates with drug developers on predictive toxicology and personalised treatment selection.""")

D("pt-hms-neural-prosthetics", "ADVANCED_BIO", "rob.bci", "",
  "Harvard Medical School — Neural Prosthetics and Neuromodulation Lab",
  """Lab developing implanted electrodes and decoding algorithms that let people with paralysis
  control computers and prosthetic limbs, and neuromodulation therapies for neurological
  disorders.
  It runs clinical studies with implanted participants at affiliated hospitals. The lab collaborates with device makers on electrodes, wireless links and decoding software.""")

D("pt-hms-cell-therapy", "ADVANCED_BIO", "bio.cgt bio.immuno", "",
  "Harvard Medical School — Engineered Cell Therapy Lab",
  """Lab engineering CAR-T and other immune cell therapies for blood cancers and solid tumours.
  It works on receptor design, persistence and safety switches, and on manufacturing processes for
  clinical-grade cells.
  It runs translational studies with affiliated hospitals.""")

# ---------------------------------------------------------------- (b) Johns Hopkins labs
D("pt-jhu-cancer-immunotherapy", "ADVANCED_BIO", "bio.immuno", "bio.oncology-resistance",
  "Johns Hopkins — Cancer Immunotherapy and Tumour Microenvironment Lab",
  """Lab studying immune checkpoint therapy and why many tumours do not respond. It profiles the
  tumour microenvironment, develops biomarkers of response and tests combinations of immunotherapy
  with other anticancer drugs.
  It partners with companies on biomarker-guided clinical trials.""")

D("pt-jhu-biomaterials", "ADVANCED_BIO", "bio.implant", "",
  "Johns Hopkins — Biomaterials and Regenerative Engineering Lab",
  """Lab developing hydrogels, scaffolds and immune-modulating biomaterials for tissue regeneration
  and implants. It studies the foreign-body response and designs materials that integrate with
  host tissue without chronic inflammation.
  It collaborates with device companies on implant coatings and injectable biomaterials.""")

D("pt-jhu-surgical-robotics", "INTELLIGENT_ROBOT", "rob.medical", "",
  "Johns Hopkins — Surgical Robotics and Medical Imaging Lab",
  """Lab developing robot-assisted surgery systems, image-guided interventions and microsurgical
  instruments. It combines robotics with imaging, computer vision and haptic feedback for
  minimally invasive procedures.
  It works with device companies and hospitals on clinical evaluation.""")

D("pt-jhu-gene-therapy", "ADVANCED_BIO", "bio.cgt", "bio.lnp",
  "Johns Hopkins — Ocular Gene Therapy Lab",
  """Lab developing AAV and non-viral gene therapies for inherited and age-related eye diseases.
  It works on vector capsid engineering, delivery routes to the retina and long-term safety.
  It collaborates with biotech companies on preclinical studies and trial design.""")

D("pt-jhu-aging", "ADVANCED_BIO", "bio.aging", "bio.diagnostics",
  "Johns Hopkins — Ageing Biology and Frailty Research Center",
  """Center studying cellular senescence, inflammation and frailty in older adults. It develops
  blood biomarkers of biological age and tests interventions that target senescent cells.
  It works with companies on clinical endpoints for ageing-related trials.""")

D("pt-jhu-apl-space", "AEROSPACE_DEFENSE", "aer.satellite", "aer.uav aer.hypersonic",
  "Johns Hopkins APL — Space and Defense Systems",
  """Applied Physics Laboratory department that designs and builds spacecraft and instruments for
  planetary and Earth missions and develops defense systems, including autonomy, sensors and
  hypersonic flight testing.
  Its facilities include spacecraft integration and test, mission operations and flight hardware fabrication. Partners work with it on space instruments and autonomous systems.""")

# ---------------------------------------------------------------- (b) Georgia Tech labs
D("pt-gatech-glass-packaging", "SEMICONDUCTOR", "sem.packaging", "",
  "Georgia Tech — Advanced Packaging and Glass Substrate Lab",
  """Lab developing glass-core and panel-level substrates, fine-line redistribution layers and
  embedded components for AI and high-performance computing packages. Industry consortium members
  co-develop materials, processes and design rules.
  It evaluates warpage, signal integrity and reliability of large packages.""")

D("pt-gatech-microled", "DISPLAY", "dsp.microled", "dsp.flexible",
  "Georgia Tech — Micro-LED and Flexible Display Lab",
  """Lab working on micro-LED chips, mass transfer and repair, and flexible and stretchable display
  integration. It studies efficiency loss in very small LEDs and colour conversion layers.
  It collaborates with display makers on transfer yield and inspection.""")

D("pt-gatech-organic-electronics", "DISPLAY", "dsp.oled-blue", "dsp.inkjet dsp.perovskite-led",
  "Georgia Tech — Organic Photonics and Electronics Lab",
  """Lab designing organic semiconductors and OLED device architectures. It studies charge
  transport, exciton management and degradation of blue emitters, and solution-processed organic
  devices.
  The lab works with materials suppliers on new host and transport materials.""")

D("pt-gatech-power-grid", "NEW_ENERGY", "ene.grid", "ene.superconducting",
  "Georgia Tech — Power Electronics and Grid Systems Lab",
  """Lab developing power converters and control for grid-forming inverters, HVDC and microgrids,
  and studying grid integration of renewables and storage.
  It runs hardware-in-the-loop test beds for converter control. Utilities and equipment makers sponsor projects on grid stability with high renewable shares.""")

D("pt-gatech-wbg-devices", "SEMICONDUCTOR", "sem.gan", "sem.sic",
  "Georgia Tech — Wide-Bandgap Semiconductor Devices Lab",
  """Lab growing and processing GaN and related III-nitride materials for power and RF transistors
  and ultraviolet emitters, with work on reliability and thermal limits.
  It uses the institute's cleanroom for device fabrication. Companies collaborate on epitaxy, device design and reliability testing.""")

D("pt-gatech-manufacturing", "ADVANCED_MANUFACTURING", "mfg.digital-twin", "mfg.ai-process",
  "Georgia Tech — Manufacturing Institute Digital Factory Testbed",
  """Institute operating a factory testbed for industrial IoT, digital twins and cybersecurity of
  manufacturing systems. Small and mid-sized manufacturers test sensors, analytics and automation
  before deployment.
  It offers training and assessment for factory digitalisation.""")

D("pt-gatech-oxide-tft", "DISPLAY", "dsp.tft", "",
  "Georgia Tech — Oxide Thin-Film Transistor Lab",
  """Lab developing amorphous oxide semiconductor thin-film transistors for display backplanes and
  flexible electronics, with a focus on mobility, bias stability and low-temperature processing.
  It studies how oxide transistors behave under bending for flexible displays. Display makers collaborate on backplane materials and process integration.""")

# ---------------------------------------------------------------- (b) Stanford labs
D("pt-stanford-robot-learning", "INTELLIGENT_ROBOT", "rob.embodied-ai", "",
  "Stanford — Robot Learning and Manipulation Lab",
  """Lab developing learning algorithms for robot manipulation from human demonstration and
  large-scale data. It builds low-cost teleoperation systems, bimanual manipulation policies and
  benchmarks for household and industrial tasks.
  Its datasets and hardware designs are openly shared with the research community.""")

D("pt-stanford-synbio", "ADVANCED_BIO", "bio.biofoundry", "bio.bioprocess",
  "Stanford — Synthetic Biology and Bioengineering Lab",
  """Lab engineering microbes and cell-free systems to produce medicines and chemicals. It
  develops automated design-build-test cycles, genetic circuits and metabolic pathway
  optimisation.
  It collaborates with companies on biomanufacturing of natural products.""")

D("pt-stanford-bci", "ADVANCED_BIO", "rob.bci", "",
  "Stanford — Neural Prosthetics and Brain-Computer Interface Lab",
  """Lab decoding intended movements and speech from intracortical signals so that people with
  paralysis can type, speak and control devices. It develops real-time decoders with machine
  learning and studies long-term implant stability.
  It works with clinical partners on trials of implanted systems.""")

D("pt-stanford-battery", "SECONDARY_BATTERY", "bat.li-metal", "bat.electrolyte bat.si-anode",
  "Stanford — Battery Materials and Interfaces Lab",
  """Lab designing electrolytes and nanostructured electrodes for lithium metal and high-capacity
  anodes. It uses cryogenic electron microscopy to study the solid electrolyte interphase and
  develops fluorinated electrolytes that extend cycle life of lithium metal cells.
  It collaborates with companies on electrolyte and anode scale-up.""")

D("pt-stanford-aging", "ADVANCED_BIO", "bio.aging", "bio.mrna-aging",
  "Stanford — Biology of Ageing and Rejuvenation Lab",
  """Lab studying how systemic factors and stem cells change with age and whether old tissues can
  be rejuvenated. It uses single-cell atlases, ageing clocks and interventions in model organisms.
  It collaborates with biotech companies on ageing biomarkers and plasma-derived interventions.""")

D("pt-stanford-haptic-robotics", "INTELLIGENT_ROBOT", "rob.haptics rob.medical", "",
  "Stanford — Haptics and Medical Robotics Lab",
  """Lab developing haptic interfaces that let users feel virtual and remote objects, and
  steerable needles and teleoperated systems for medical procedures.
  It studies how haptic feedback improves teleoperation accuracy. Companies collaborate on surgical instruments and consumer haptic devices.""")
