"""(d) Overseas English documents, part 2: intelligent robots, advanced manufacturing,
aerospace & defense, next-generation nuclear, advanced bio, new energy."""
from docs_common import D

# ================================================================ INTELLIGENT ROBOT
D("ov-dlr-rmc-hands", "INTELLIGENT_ROBOT", "rob.hand rob.humanoid", "rob.actuator",
  "DLR Institute of Robotics and Mechatronics — Torque-Controlled Hands and Humanoids (Germany)",
  """Institute developing torque-controlled robot arms, multi-fingered hands and humanoid upper
  bodies. Its hands use variable-stiffness actuation and joint torque sensing to grasp robustly and
  survive impacts. The institute transfers lightweight robot technology to industry and space
  robotics.""")

D("ov-bristol-tactile", "INTELLIGENT_ROBOT", "rob.tactile", "rob.hand",
  "Bristol Robotics Laboratory — Tactile Robotics Group (UK)",
  """Group building biomimetic optical tactile sensors and fingertips that let robots feel shape,
  slip and texture. It develops deep-learning methods for tactile perception and dexterous control
  and integrates the sensors into robot hands and grippers.
  It collaborates with companies on tactile grippers.""")

D("ov-ihmc-humanoid", "INTELLIGENT_ROBOT", "rob.humanoid", "",
  "IHMC — Humanoid Robot Locomotion and Control (USA)",
  """Research institute developing walking control, balance and whole-body planning for humanoid
  robots. Its software lets humanoids walk over rough terrain and stairs and recover from pushes,
  and it designs new humanoid hardware with efficient actuators.
  It collaborates with robot makers and agencies.""")

D("ov-iit-humanoid", "INTELLIGENT_ROBOT", "rob.humanoid", "rob.tactile",
  "Italian Institute of Technology — Humanoid Sensing and Perception (Italy)",
  """Research line building child-sized and adult humanoid robots with artificial skin, vision and
  learning. It studies how humanoids acquire skills through interaction and develops whole-body
  tactile sensing for safe contact with people.
  It collaborates with companies on humanoid components.""")

D("ov-berkeley-robot-learning", "INTELLIGENT_ROBOT", "rob.embodied-ai", "",
  "UC Berkeley — Robot Learning Lab (USA)",
  """Lab researching deep reinforcement learning, imitation learning and generalist robot policies
  trained on large multi-robot datasets. It studies how robots adapt to new objects and tasks with
  little data and transfers policies from simulation to real robots.
  It collaborates with industry on learned manipulation.""")

D("ov-generalist-robotics-ai", "INTELLIGENT_ROBOT", "rob.embodied-ai", "rob.industrial-humanoid",
  "Generalist Robotics AI Inc. — Foundation Models for Industrial Manipulation (USA)",
  """Start-up training vision-language-action foundation models on fleets of industrial robot arms.
  Its models pick, pack and assemble unseen parts from natural-language instructions and are
  fine-tuned on customer lines with a few hours of demonstration data.
  It offers its models through a software platform.""")

D("ov-forgeform-humanoids", "INTELLIGENT_ROBOT", "rob.industrial-humanoid", "rob.humanoid rob.hand",
  "Forgeform Robotics — Humanoids for Factory and Logistics Work (USA)",
  """Company building general-purpose humanoid robots for automotive assembly, parts kitting and
  warehouse tasks. It develops electric actuators, five-fingered hands and fleet software, and runs
  pilot deployments on customer production lines with uptime and safety metrics.
  It partners with manufacturers for pilots.""")

D("ov-tum-cobot-safety", "INTELLIGENT_ROBOT", "rob.collab", "",
  "Technical University of Munich — Collaborative Robot Safety and HRI Group (Germany)",
  """Group researching safe physical human-robot interaction. It measures collision forces and
  injury thresholds, develops reactive control for collaborative robots and contributes to safety
  standards for cobots in industry.
  It collaborates with robot makers on safety functions.""")

D("ov-orebro-amr", "INTELLIGENT_ROBOT", "rob.amr", "",
  "Örebro University — Mobile Robots for Intralogistics (Sweden)",
  """Centre developing autonomous mobile robots and forklifts for warehouses and factories. It works
  on fleet coordination, 3D mapping and safe navigation among people and other vehicles.
  It collaborates with logistics companies.""")

D("ov-eth-rsl-actuators", "INTELLIGENT_ROBOT", "rob.actuator", "rob.humanoid",
  "ETH Zurich — Robotic Systems Lab: Actuators for Legged Robots (Switzerland)",
  """Lab designing series-elastic and quasi-direct-drive actuators for legged robots and
  applying reinforcement learning to locomotion. Its quadrupeds are used for industrial inspection
  and its actuator concepts are licensed to companies.
  It collaborates with companies on inspection robots.""")

D("ov-precision-gearworks", "INTELLIGENT_ROBOT", "rob.actuator", "",
  "Precision Gearworks GmbH — Strain-Wave and Cycloidal Reducers for Robots (Germany)",
  """Company manufacturing compact strain-wave and cycloidal gear reducers and integrated joint
  modules for collaborative robots and humanoids. It offers custom gear ratios, low backlash and
  torque sensing in the joint.
  It supplies robot makers in Europe and Asia.""")

D("ov-epfl-soft", "INTELLIGENT_ROBOT", "rob.soft", "rob.haptics",
  "EPFL — Soft Transducers and Reconfigurable Robotics Lab (Switzerland)",
  """Lab developing soft actuators from dielectric elastomers and fluidic materials, and
  reconfigurable origami-inspired robots. It applies soft robotics to grippers, haptic interfaces
  and wearable devices.
  It collaborates with companies on soft grippers.""")

D("ov-abilitylab-exo", "INTELLIGENT_ROBOT", "rob.exo", "rob.bci",
  "Shirley Ryan AbilityLab — Wearable Exoskeletons for Rehabilitation (USA)",
  """Rehabilitation research hospital testing powered exoskeletons and prosthetic legs with patients.
  It develops control that adapts to each user and runs clinical studies of wearable robots for
  stroke and spinal cord injury.
  It collaborates with device makers on clinical trials.""")

D("ov-wyss-center-neural", "INTELLIGENT_ROBOT", "rob.bci", "",
  "Wyss Center for Bio and Neuroengineering — Wireless Neural Interfaces (Switzerland)",
  """Non-profit centre developing fully implantable wireless neural recording systems and
  brain-computer interfaces for communication in people with paralysis. It takes devices from
  concept through clinical trials with medical-grade engineering.
  It collaborates with hospitals and companies.""")

D("ov-sydney-field-robotics", "INTELLIGENT_ROBOT", "rob.field", "",
  "University of Sydney — Australian Centre for Field Robotics (Australia)",
  """Centre developing autonomous systems for agriculture, mining and infrastructure. It builds
  crop-monitoring robots, autonomous haul trucks and inspection systems that operate outdoors in
  unstructured environments.
  It collaborates with mining and farming companies.""")

D("ov-depthpick-vision", "INTELLIGENT_ROBOT", "rob.vision", "rob.embodied-ai",
  "DepthPick Vision BV — 3D Vision for Bin Picking (Netherlands)",
  """Company supplying 3D cameras and deep-learning software that let robots pick randomly placed
  parts from bins and parcels from mixed piles. It integrates with major robot brands and offers
  grasp planning for new parts without CAD models.
  It supports system integrators.""")

D("ov-imperial-hamlyn", "INTELLIGENT_ROBOT", "rob.medical", "",
  "Imperial College London — Hamlyn Centre for Robotic Surgery (UK)",
  """Centre developing robotic and image-guided surgery, micro-robots and flexible instruments.
  It combines robotics with AI for tissue recognition and works with hospitals on clinical
  translation.
  It collaborates with surgical device companies.""")

D("ov-keio-embodied-media", "INTELLIGENT_ROBOT", "meta.avatar rob.haptics", "",
  "Keio University — Embodied Media and Haptic Telepresence Lab (Japan)",
  """Lab developing telepresence avatars and haptic technology that transmit touch, temperature and
  motion between a person and a remote robot or virtual body. It studies how users share sensations
  and experiences through avatars.
  It collaborates with companies on haptic devices and avatar services.""")

# ================================================================ ADVANCED MANUFACTURING
D("ov-rwth-wzl-ai", "ADVANCED_MANUFACTURING", "mfg.ai-process", "mfg.machining",
  "RWTH Aachen — Machine Tools and Production Engineering Lab: AI in Production (Germany)",
  """University laboratory applying machine learning to machining, gear production and assembly.
  It develops process monitoring, predictive quality and self-optimising machine tools and runs an
  industrial consortium on the internet of production.
  Member companies co-develop solutions.""")

D("ov-cambridge-ifm-twins", "ADVANCED_MANUFACTURING", "mfg.digital-twin", "",
  "University of Cambridge Institute for Manufacturing — Digital Twins of Factories (UK)",
  """Institute developing digital twins of production systems and supply chains. It connects
  shop-floor data with simulation to evaluate scheduling, energy use and layout changes before
  implementing them.
  It collaborates with manufacturers on pilots.""")

D("ov-factorymesh-platform", "ADVANCED_MANUFACTURING", "mfg.cloud", "mfg.additive",
  "FactoryMesh Inc. — On-Demand Manufacturing Network Platform (USA)",
  """Company running a platform that turns an uploaded design into a quote and routes the job to
  qualified machine shops, moulders and 3D printing bureaus. Its software checks manufacturability,
  selects processes automatically and tracks quality, so customers can produce parts without owning
  a factory.
  It serves start-ups and engineering teams.""")

D("ov-tudelft-generative", "ADVANCED_MANUFACTURING", "mfg.cloud", "mfg.additive",
  "TU Delft — Generative Design and AI-Assisted Product Engineering (Netherlands)",
  """Research group developing AI that generates product designs from requirements and sketches,
  optimises them for a chosen manufacturing process and produces process plans. It links design
  tools with distributed production.
  It collaborates with manufacturers on pilots.""")

D("ov-ornl-mdf", "ADVANCED_MANUFACTURING", "mfg.additive", "mat.composite",
  "Oak Ridge National Laboratory — Manufacturing Demonstration Facility (USA)",
  """User facility developing metal and large-format polymer additive manufacturing, in-situ
  monitoring of builds and qualification of printed parts. Companies access machines and expertise
  through collaborative projects.
  It supports qualification of printed parts.""")

D("ov-amrc-hybrid", "ADVANCED_MANUFACTURING", "mfg.additive mfg.machining", "",
  "University of Sheffield AMRC — Additive and Hybrid Manufacturing (UK)",
  """Research centre working with aerospace and energy manufacturers on metal additive
  manufacturing, hybrid additive-subtractive machining and post-processing. It qualifies processes
  for certified components.
  Member companies sponsor projects.""")

D("ov-lzh-laser", "ADVANCED_MANUFACTURING", "mfg.laser", "mfg.joining",
  "Laser Zentrum Hannover — Laser Materials Processing (Germany)",
  """Institute developing laser cutting, welding, surface structuring and ultrashort-pulse
  micromachining. It adapts laser processes to new materials such as battery foils, glass and
  composites.
  It collaborates with machine builders.""")

D("ov-kuleuven-vision-inspection", "ADVANCED_MANUFACTURING", "mfg.inspection", "",
  "KU Leuven — Vision-Based Quality Inspection with Deep Learning (Belgium)",
  """Research group developing machine-vision inspection systems that detect surface defects and
  assembly errors with few labelled examples. It works on anomaly detection, explainable
  classification and deployment on production lines.
  It collaborates with manufacturers on pilots.""")

D("ov-inspectai-aoi", "ADVANCED_MANUFACTURING", "mfg.inspection", "sem.metrology",
  "InspectAI Systems Ltd. — Automated Optical Inspection for Electronics (Israel)",
  """Company building automated optical inspection systems for printed circuit boards and
  electronic assemblies. Its deep-learning classifiers reduce false calls and it integrates
  inspection data with process control.
  It supplies electronics manufacturers worldwide.""")

D("ov-darmstadt-ptw", "ADVANCED_MANUFACTURING", "mfg.machining", "",
  "Technical University of Darmstadt — Precision Machining and Machine Tools (Germany)",
  """Institute researching ultra-precision machining, machine tool dynamics and energy-efficient
  production. It operates a learning factory where companies test new production concepts.
  It collaborates with machine tool makers.""")

D("ov-twi-joining", "ADVANCED_MANUFACTURING", "mfg.joining", "",
  "TWI Ltd — Welding and Joining Research (UK)",
  """Research and technology organisation for welding, joining and structural integrity. It
  develops friction stir welding, electron beam and hybrid welding and qualifies joints for
  shipbuilding, energy and aerospace members.
  Member companies access its expertise.""")

D("ov-ikv-moulding", "ADVANCED_MANUFACTURING", "mfg.mold", "",
  "IKV Aachen — Plastics Processing and Injection Moulding (Germany)",
  """Institute researching injection moulding, extrusion and composite processing. It develops
  process simulation, sensor-equipped moulds and self-adjusting machines for consistent quality.
  It collaborates with machine and material makers.""")

D("ov-strathclyde-ship", "ADVANCED_MANUFACTURING", "mfg.ship", "mfg.joining",
  "University of Strathclyde — Ship Production Automation (UK)",
  """Naval architecture department researching automation of ship production, robotic welding of
  hull blocks and digital shipyard planning. It also studies alternative-fuel ships.
  It collaborates with shipyards.""")

D("ov-global-mfg-council", "ADVANCED_MANUFACTURING", "", "",
  "Global Advanced Manufacturing Development Council — Industry Association (USA)",
  """Industry association promoting advanced manufacturing development and research cooperation
  among its member companies. It organises conferences, development roadmaps and networking events
  and publishes reports on advanced research and development trends. It does not carry out
  laboratory research itself.""")

# ================================================================ AEROSPACE & DEFENSE
D("ov-oxford-turbomachinery", "AEROSPACE_DEFENSE", "aer.engine", "",
  "University of Oxford — Turbomachinery and Heat Transfer Lab (UK)",
  """Lab studying aerodynamics and cooling of gas turbine blades. It runs transient wind tunnels and
  measures heat transfer to design film cooling and improve engine efficiency.
  It collaborates with engine makers.""")

D("ov-nasa-glenn-cmc", "AEROSPACE_DEFENSE", "aer.engine", "mat.ceramics",
  "NASA Glenn Research Center — Ceramic Matrix Composites for Engine Hot Sections (USA)",
  """Group developing SiC/SiC ceramic matrix composites and environmental barrier coatings that let
  turbine components run hotter than metal alloys. It tests durability in burner rigs.
  It licenses technology to industry.""")

D("ov-surrey-smallsat", "AEROSPACE_DEFENSE", "aer.satellite", "",
  "University of Surrey — Surrey Space Centre: Small Satellites (UK)",
  """University centre developing small satellite platforms, payloads and in-orbit demonstrations.
  It works on propulsion for small satellites, space robotics and Earth observation.
  It collaborates with satellite companies.""")

D("ov-orbitforge-cubesat", "AEROSPACE_DEFENSE", "aer.satellite", "",
  "OrbitForge Ltd. — CubeSat Buses and Payload Integration (UK)",
  """Company supplying CubeSat and microsatellite buses, integrating customer payloads and arranging
  launch and operations. It offers flight-proven attitude control and communication subsystems.
  It serves research and commercial customers.""")

D("ov-dlr-space-propulsion", "AEROSPACE_DEFENSE", "aer.launch", "",
  "DLR Institute of Space Propulsion (Germany)",
  """Institute with test stands for liquid rocket engines, including cryogenic hydrogen and methane
  propulsion. It tests launcher engines and components under flight-like conditions and researches
  green propellants.
  It collaborates with launch companies.""")

D("ov-bristol-composites", "AEROSPACE_DEFENSE", "aer.aerostructure", "mat.composite",
  "University of Bristol — Composites Institute: Aerostructures (UK)",
  """Institute researching carbon fibre composite structures for aircraft: automated fibre placement,
  damage tolerance, bonded repairs and morphing structures.
  It has automated manufacturing cells for composite parts. It collaborates with aircraft makers and suppliers.""")

D("ov-tudelft-mavlab", "AEROSPACE_DEFENSE", "aer.uav", "",
  "TU Delft — Micro Air Vehicle Lab (Netherlands)",
  """Lab developing small drones, bio-inspired flapping-wing vehicles and autonomous navigation with
  very limited onboard computing. It researches swarms and drone racing.
  It collaborates with drone companies.""")

D("ov-tno-counter-uas", "AEROSPACE_DEFENSE", "aer.uav", "aer.radar",
  "TNO — Counter-UAS Detection and Defence (Netherlands)",
  """Research organisation developing detection, classification and neutralisation of hostile
  drones using radar, radio-frequency and electro-optical sensors. It tests counter-drone systems
  for defence and critical infrastructure.
  It collaborates with defence ministries and industry.""")

D("ov-chalmers-gan-radar", "AEROSPACE_DEFENSE", "aer.radar", "sem.gan",
  "Chalmers University of Technology — GaN MMICs and Radar Front-Ends (Sweden)",
  """Group designing GaN monolithic microwave integrated circuits, power amplifiers and
  transmit/receive modules for active electronically scanned array radars and communications.
  It operates a cleanroom for MMIC fabrication. It collaborates with defence and telecom companies on radar front-ends.""")

D("ov-uq-hypersonics", "AEROSPACE_DEFENSE", "aer.hypersonic", "",
  "University of Queensland — Centre for Hypersonics (Australia)",
  """Centre researching scramjet propulsion, hypersonic aerodynamics and high-enthalpy testing in
  expansion tunnels. It works on reusable hypersonic vehicles and thermal protection.
  It collaborates with defence and space partners.""")

D("ov-cranfield-airworthiness", "AEROSPACE_DEFENSE", "aer.certification", "aer.mro",
  "Cranfield University — Aircraft Certification and Airworthiness (UK)",
  """University centre providing research and training on aircraft certification, airworthiness
  regulations and safety assessment. It supports companies preparing type certification of new
  aircraft, components and unmanned systems.
  It runs flight test facilities.""")

D("ov-ntu-mro", "AEROSPACE_DEFENSE", "aer.mro", "",
  "Nanyang Technological University — Aircraft MRO and Predictive Maintenance (Singapore)",
  """Research centre developing predictive maintenance, automated inspection and repair technologies
  for aircraft maintenance, repair and overhaul. It works with airlines and MRO providers.
  It runs an aircraft hangar testbed.""")

D("ov-estec-radiation", "AEROSPACE_DEFENSE", "sem.extreme-env", "aer.satellite",
  "ESA ESTEC — Radiation Testing of Space Components (Netherlands)",
  """Component laboratory of the European Space Agency that tests electronic parts for total ionising
  dose and single-event effects. It qualifies commercial chips for space use and sets radiation
  hardness assurance standards.
  It collaborates with component makers.""")

D("ov-onera-avionics", "AEROSPACE_DEFENSE", "aer.avionics", "aer.certification",
  "ONERA — Flight Control and Avionics Systems (France)",
  """French aerospace lab researching flight control laws, integrated modular avionics and
  verification of safety-critical embedded software for aircraft.
  It tests flight control in simulators and flight tests. It collaborates with aircraft and avionics makers on certification of new functions.""")

# ================================================================ NEXT-GENERATION NUCLEAR
D("ov-mrlp-licensing", "NEXTGEN_NUCLEAR", "nuc.licensing", "nuc.smr-design",
  "Modular Reactor Licensing Partners LLC — SMR Licensing and Regulatory Support (USA)",
  """Consulting firm that prepares licensing applications for small modular reactors. It writes
  safety analysis reports, plans regulatory engagement and topical reports, and supports
  design certification and standard design approval reviews with nuclear regulators.
  Its staff include former reviewers and plant designers.""")

D("ov-inl-nric", "NEXTGEN_NUCLEAR", "nuc.advanced", "nuc.smr-design nuc.licensing",
  "Idaho National Laboratory — National Reactor Innovation Center (USA)",
  """Center that helps developers test and demonstrate advanced reactor concepts, providing sites,
  test beds and support for regulatory readiness. It also hosts microreactor experiments and fuel
  research.
  It collaborates with reactor vendors.""")

D("ov-argonne-nuclear-safety", "NEXTGEN_NUCLEAR", "nuc.smr-design", "nuc.licensing",
  "Argonne National Laboratory — Reactor Safety Codes and Thermal Hydraulics (USA)",
  """Group developing system codes and computational fluid dynamics for reactor safety analysis and
  validating them with experiments. Its tools support passive safety system design and licensing
  of SMRs.
  It collaborates with reactor vendors.""")

D("ov-oregonstate-ist", "NEXTGEN_NUCLEAR", "nuc.smr-design", "nuc.licensing",
  "Oregon State University — Integral System Test Facility for SMR Thermal Hydraulics (USA)",
  """University facility with scaled integral test loops for natural-circulation SMRs. It produces
  data on passive cooling and accident scenarios used to validate safety codes in licensing.
  It collaborates with reactor vendors.""")

D("ov-cnl-smr-hydrogen", "NEXTGEN_NUCLEAR", "nuc.multi", "ene.electrolysis",
  "Canadian Nuclear Laboratories — SMR Demonstration and Hydrogen Co-Generation (Canada)",
  """National laboratory working on siting and demonstration of small modular reactors and on using
  nuclear heat and electricity for hydrogen production, including high-temperature electrolysis and
  thermochemical cycles.
  It studies safety of coupling hydrogen plants to reactors. It collaborates with utilities and vendors on demonstration projects.""")

D("ov-tamu-hybrid", "NEXTGEN_NUCLEAR", "nuc.multi", "",
  "Texas A&M University — Nuclear-Renewable Hybrid Energy and Desalination (USA)",
  """Research group studying integrated energy systems in which SMRs supply electricity, process
  heat and desalinated water alongside renewables. It models load following and coupling to
  industrial processes.
  It collaborates with utilities.""")

D("ov-ornl-atf", "NEXTGEN_NUCLEAR", "nuc.fuel", "nuc.materials",
  "Oak Ridge National Laboratory — Accident-Tolerant and TRISO Fuels (USA)",
  """Group developing accident-tolerant fuel cladding, coated-particle TRISO fuel and advanced
  fuel fabrication, and testing fuel performance under irradiation and accident conditions.
  It runs irradiation and hot-cell facilities. It collaborates with fuel vendors on qualification.""")

D("ov-bristol-decom-robotics", "NEXTGEN_NUCLEAR", "nuc.decom", "rob.field",
  "University of Bristol — Robotics for Nuclear Decommissioning (UK)",
  """Research group developing radiation-tolerant robots, remote characterisation and mapping of
  contaminated facilities and teleoperated dismantling for nuclear decommissioning.
  It tests robots at nuclear sites. It collaborates with decommissioning companies on deployment.""")

D("ov-berkeley-salt-reactor", "NEXTGEN_NUCLEAR", "nuc.advanced", "nuc.materials",
  "UC Berkeley — Molten and Fluoride Salt Reactor Thermal Hydraulics (USA)",
  """Group researching fluoride-salt-cooled and molten salt reactors, salt chemistry, heat
  exchangers and scaled experiments with simulant fluids.
  It studies materials compatibility with salts. It collaborates with reactor start-ups on design and testing.""")

D("ov-umich-ion-irradiation", "NEXTGEN_NUCLEAR", "nuc.materials", "",
  "University of Michigan — Ion Beam Irradiation of Reactor Materials (USA)",
  """Laboratory using ion accelerators to emulate neutron damage in reactor structural materials
  and study swelling, embrittlement and corrosion cracking for advanced reactors.
  It offers irradiation services to industry. It collaborates with reactor vendors on materials qualification.""")

D("ov-ukaea-fusion", "NEXTGEN_NUCLEAR", "nuc.fusion", "rob.field",
  "UK Atomic Energy Authority — Fusion Materials and Remote Handling (UK)",
  """Authority developing fusion energy technologies: plasma-facing materials, tritium handling and
  remote maintenance robotics for fusion power plants.
  It operates test facilities for fusion components. It collaborates with industry on supply chain development.""")

D("ov-ipp-stellarator", "NEXTGEN_NUCLEAR", "nuc.fusion", "",
  "Max Planck Institute for Plasma Physics — Stellarator and Tokamak Research (Germany)",
  """Institute operating fusion experiments to study plasma confinement, heating and divertor
  concepts for future fusion power plants.
  It develops heating systems and plasma diagnostics. It collaborates with industry on superconducting magnets and components.""")

D("ov-vtt-nuclear-ic", "NEXTGEN_NUCLEAR", "nuc.ic", "",
  "VTT — Nuclear Digital Instrumentation and Control Safety (Finland)",
  """Research team assessing safety of digital instrumentation and control systems in nuclear plants,
  cybersecurity of plant networks and model-based verification of protection logic.
  It supports licensing of digital systems. It collaborates with utilities and vendors.""")

D("ov-psi-repository", "NEXTGEN_NUCLEAR", "nuc.waste", "",
  "Paul Scherrer Institute — Waste Management and Deep Geological Repository Research (Switzerland)",
  """Laboratory researching radionuclide behaviour in clay and cement, spent fuel characterisation
  and safety assessment of deep geological repositories.
  It operates hot laboratories for radioactive materials. It collaborates with waste management organisations.""")

# ================================================================ ADVANCED BIO
D("ov-rejuvenate-therapeutics", "ADVANCED_BIO", "bio.mrna-aging", "bio.lnp",
  "Rejuvenate Therapeutics Inc. — mRNA-Based Partial Reprogramming (USA)",
  """Biotech start-up using transiently expressed mRNA-encoded reprogramming factors to rejuvenate
  aged cells. It targets age-related eye and hearing loss, measures biological age with epigenetic
  clocks and develops tissue-specific lipid nanoparticle delivery.
  It partners with academic labs on preclinical studies.""")

D("ov-salk-reprogramming", "ADVANCED_BIO", "bio.aging", "bio.mrna-aging",
  "Salk Institute — Gene Expression and Partial Reprogramming Lab (USA)",
  """Lab studying how cyclic, partial expression of reprogramming factors reverses age-related
  changes in mice. It investigates safety, tissue responses and molecular markers of rejuvenation.
  It collaborates with biotech companies.""")

D("ov-mayo-senolytics", "ADVANCED_BIO", "bio.aging", "",
  "Mayo Clinic — Senescent Cells and Senolytics Research (USA)",
  """Research centre studying senescent cells in ageing and chronic disease and drugs that
  selectively clear them. It runs clinical trials of senolytics and develops biomarkers of
  senescence.
  It collaborates with drug developers.""")

D("ov-buck-aging", "ADVANCED_BIO", "bio.aging", "bio.diagnostics",
  "Buck Institute for Research on Aging — Ageing Biomarkers and Interventions (USA)",
  """Independent research institute studying mechanisms of ageing and age-related disease. It
  develops biomarkers of biological age and screens interventions that extend healthspan.
  It collaborates with biotech companies.""")

D("ov-icr-resistance", "ADVANCED_BIO", "bio.oncology-resistance", "",
  "Institute of Cancer Research London — Drug Resistance and Cancer Evolution Centre (UK)",
  """Centre studying how cancers evolve resistance to treatment and discovering drugs that stay
  effective. It uses evolutionary modelling, patient samples and drug discovery to design
  treatments that anticipate resistance and reduce toxicity.
  It collaborates with pharmaceutical companies.""")

D("ov-linkerion-adc", "ADVANCED_BIO", "bio.adc", "bio.oncology-resistance",
  "Linkerion Bio — Site-Specific Antibody-Drug Conjugates (Switzerland)",
  """Company developing antibody-drug conjugates with site-specific conjugation, cleavable linkers and
  new payloads. Its platform aims to widen the therapeutic window by reducing off-target toxicity
  and overcoming resistance to earlier ADCs.
  It partners with pharma companies on programs.""")

D("ov-dundee-degraders", "ADVANCED_BIO", "bio.degrader", "bio.oncology-resistance",
  "University of Dundee — Targeted Protein Degradation Centre (UK)",
  """Centre developing PROTACs and molecular glues that degrade disease-causing proteins instead of
  inhibiting them. Degraders can act on targets that resist conventional inhibitors, including in
  drug-resistant cancers.
  It collaborates with pharmaceutical companies.""")

D("ov-penn-lnp", "ADVANCED_BIO", "bio.lnp", "bio.mrna-aging",
  "University of Pennsylvania — mRNA and Lipid Nanoparticle Delivery Lab (USA)",
  """Lab developing nucleoside-modified mRNA and ionisable lipid nanoparticles for vaccines and
  therapeutics. It engineers lipids for delivery beyond the liver and studies immunogenicity.
  It collaborates with companies on delivery.""")

D("ov-ucl-cgt-manufacturing", "ADVANCED_BIO", "bio.cgt", "bio.bioprocess",
  "University College London — Cell and Gene Therapy Manufacturing (UK)",
  """Research group developing scalable manufacturing for cell and gene therapies, including
  automated closed-system CAR-T production and viral vector processes.
  It works on process analytics and cost reduction. It collaborates with cell therapy companies on scale-up.""")

D("ov-hubrecht-organoid", "ADVANCED_BIO", "bio.organoid", "",
  "Hubrecht Institute — Organoid Technology (Netherlands)",
  """Institute where adult stem-cell organoid technology was developed. Its groups grow organoids
  from many human tissues for disease modelling, drug screening and regenerative medicine.
  It licenses organoid technology to companies.""")

D("ov-toronto-bioartificial", "ADVANCED_BIO", "bio.implant", "",
  "University of Toronto — Bioartificial Organs and Immune-Evasive Implants (Canada)",
  """Lab developing encapsulated islet implants and bioartificial liver tissue that function without
  immune rejection. It engineers soft hydrogels and modular tissue units that can be implanted and
  retrieved.
  It collaborates with device companies.""")

D("ov-london-biofoundry", "ADVANCED_BIO", "bio.biofoundry", "",
  "Imperial College London — London Biofoundry (UK)",
  """Automated synthetic biology facility where robots build and test DNA designs at high
  throughput. Companies use it for strain engineering, enzyme screening and pathway
  optimisation.
  It offers services to academic and industry users.""")

D("ov-maastricht-cultivated", "ADVANCED_BIO", "bio.cultured-meat", "",
  "Maastricht University — Cultivated Meat and Cell-Based Food Lab (Netherlands)",
  """Lab that produced one of the first cultivated beef burgers and continues research on muscle and
  fat cell culture, scaffolds and serum-free media for cell-based food.
  It studies consumer acceptance and regulation. It collaborates with start-ups on scale-up.""")

D("ov-cellharvest-foods", "ADVANCED_BIO", "bio.cultured-meat", "bio.bioprocess",
  "CellHarvest Foods Pte. Ltd. — Serum-Free Media and Bioreactors for Cultivated Meat (Singapore)",
  """Company developing low-cost serum-free culture media and large bioreactors for producing
  cultivated meat. It works on cell lines from livestock and on food-safety approval.
  It partners with food companies.""")

D("ov-embl-ai-drug", "ADVANCED_BIO", "bio.ai-drug", "",
  "EMBL-EBI — Protein Structure Prediction and AI Drug Design (UK)",
  """Institute providing protein structure databases and AI methods for target identification and
  molecular design. It collaborates with companies on computational drug discovery.
  Its data are used by drug developers worldwide.""")

D("ov-karolinska-liquid-biopsy", "ADVANCED_BIO", "bio.diagnostics", "",
  "Karolinska Institutet — Liquid Biopsy and Molecular Diagnostics (Sweden)",
  """Research group detecting circulating tumour DNA and other biomarkers in blood for early cancer
  detection and treatment monitoring.
  It runs clinical validation studies. It collaborates with diagnostics companies.""")

D("ov-nibrt-bioprocess", "ADVANCED_BIO", "bio.bioprocess", "",
  "NIBRT — National Institute for Bioprocessing Research and Training (Ireland)",
  """Institute with a pilot-scale biomanufacturing facility for antibodies and other biologics. It
  researches upstream and downstream processing and trains biopharmaceutical staff.
  It collaborates with biopharma companies.""")

# ================================================================ NEW ENERGY
D("ov-cryomarine-lh2", "NEW_ENERGY", "ene.lh2", "",
  "CryoMarine Engineering AS — Liquid Hydrogen Carrier Containment Systems (Norway)",
  """Company designing vacuum-insulated cargo containment systems for ships that carry liquid
  hydrogen at minus 253 °C. It develops boil-off gas handling, sloshing analysis and class approval
  of LH2 carriers.
  It collaborates with shipyards and class societies.""")

D("ov-ntnu-lh2-bunkering", "NEW_ENERGY", "ene.lh2", "",
  "NTNU — Hydrogen Bunkering and Cryogenic Transfer Research (Norway)",
  """University research group studying liquid hydrogen transfer between terminals, bunkering
  vessels and ships. It models boil-off, cool-down and safety zones for LH2 bunkering and tests
  cryogenic couplings.
  It collaborates with shipping and energy companies.""")

D("ov-nasa-ksc-cryogenics", "NEW_ENERGY", "ene.lh2", "aer.launch",
  "NASA Kennedy Space Center — Cryogenics Test Laboratory (USA)",
  """Laboratory developing large-scale liquid hydrogen storage, insulation systems and zero boil-off
  technologies for launch sites.
  It tests insulation materials and cryogenic components. It shares know-how with industry through partnerships.""")

D("ov-unsw-vrfb", "NEW_ENERGY", "ene.ldes-flow", "",
  "University of New South Wales — Vanadium Redox Flow Battery Lab (Australia)",
  """Lab where the vanadium redox flow battery was invented. It develops electrolytes, membranes and
  stack designs for long-duration grid storage.
  It collaborates with storage companies.""")

D("ov-ironflow-storage", "NEW_ENERGY", "ene.ldes-flow", "",
  "IronFlow Storage Inc. — Iron Flow Batteries for Long-Duration Storage (USA)",
  """Company manufacturing iron-salt flow batteries that deliver 6 to 12 hours of storage for
  utilities. The systems use no lithium and have separately scalable power and energy.
  It serves utilities and industry.""")

D("ov-dlr-thermal-storage", "NEW_ENERGY", "ene.ldes-nonbattery", "",
  "DLR Institute of Engineering Thermodynamics — Thermal Energy Storage and Carnot Batteries (Germany)",
  """Institute developing molten-salt and solid-media thermal storage and Carnot batteries that store
  electricity as heat and convert it back with heat engines.
  It operates test facilities for storage components. It collaborates with utilities on pilot plants for long-duration storage.""")

D("ov-compressair-storage", "NEW_ENERGY", "ene.ldes-nonbattery", "",
  "CompressAir Storage Ltd. — Adiabatic Compressed-Air and Liquid-Air Energy Storage (UK)",
  """Company developing adiabatic compressed-air and liquid-air storage plants with hundreds of
  megawatts and durations of eight hours or more.
  The plants use no batteries and store energy for long durations. It develops projects with utilities.""")

D("ov-kit-itep-hts", "NEW_ENERGY", "ene.superconducting", "",
  "Karlsruhe Institute of Technology — Institute for Technical Physics: HTS Power Applications (Germany)",
  """Institute developing high-temperature superconducting cables, fault current limiters and
  magnets. It tests superconducting power transmission and cryogenic cooling.
  It collaborates with cable makers.""")

D("ov-fsu-maglab", "NEW_ENERGY", "ene.superconducting", "",
  "Florida State University — Applied Superconductivity Center (USA)",
  """Centre at the National High Magnetic Field Laboratory studying superconducting wires and
  tapes, their current-carrying limits and applications in power and magnets.
  It offers testing to industry. It collaborates with wire makers on performance improvement.""")

D("ov-kyoto-mpt", "NEW_ENERGY", "ene.wpt", "",
  "Kyoto University — Microwave Power Transmission Lab (Japan)",
  """Lab researching wireless power transmission by microwaves, rectennas and beam control, including
  concepts for space solar power and drones.
  It studies safety and efficiency of microwave power beaming. It collaborates with companies on wireless charging of sensors and drones.""")

D("ov-juelich-soec", "NEW_ENERGY", "ene.electrolysis ene.fuelcell", "",
  "Forschungszentrum Jülich — Solid Oxide Electrolysis and Fuel Cells (Germany)",
  """Institute developing solid oxide cells and stacks for high-temperature electrolysis and fuel
  cells, including reversible operation and long-term degradation testing.
  It tests stacks for thousands of hours. It collaborates with industry on scale-up.""")

D("ov-nrel-electrolysis", "NEW_ENERGY", "ene.electrolysis", "",
  "NREL — PEM and AEM Water Electrolysis (USA)",
  """Group developing low-temperature electrolysis for hydrogen production. It works on catalysts with
  less iridium, membranes and durability testing of electrolysers.
  It collaborates with electrolyser makers.""")

D("ov-hzb-tandem", "NEW_ENERGY", "ene.solar", "",
  "Helmholtz-Zentrum Berlin — Perovskite-Silicon Tandem Solar Cells (Germany)",
  """Research centre developing perovskite-silicon tandem solar cells with record efficiencies and
  studying their long-term stability.
  It operates pilot lines for thin films. It collaborates with module makers on scale-up.""")

D("ov-dtu-wind", "NEW_ENERGY", "ene.wind", "",
  "DTU Wind and Energy Systems — Offshore Wind (Denmark)",
  """Department researching wind turbine aerodynamics, floating offshore wind and wind farm control.
  It runs test sites for turbines. It collaborates with turbine makers and developers.""")

D("ov-csiro-ammonia", "NEW_ENERGY", "ene.ammonia", "",
  "CSIRO — Ammonia Cracking and Hydrogen Carrier Membranes (Australia)",
  """Research group developing membrane reactors that crack ammonia into high-purity hydrogen and
  ammonia as a carrier for hydrogen export.
  It runs pilot reactors. It collaborates with energy companies on export supply chains.""")

D("ov-tudelft-vpp", "NEW_ENERGY", "ene.vpp", "ene.grid",
  "TU Delft — Smart Grids and Virtual Power Plants (Netherlands)",
  """Group researching aggregation of distributed energy resources into virtual power plants,
  flexibility markets and grid operation with high renewable shares.
  It develops control and market algorithms. It collaborates with grid operators and aggregators.""")

# ================================================================ generic distractors
D("ov-future-tech-foresight", "NEW_ENERGY", "", "",
  "Future Technology Foresight Institute — Advanced Research and Development Roadmaps (UK)",
  """Think tank that writes technology roadmaps and research and development strategies for
  governments and industry associations. Its analysts cover advanced energy, mobility, materials and
  digital technologies and run foresight workshops. It advises on research funding priorities but
  does not develop or test technology itself.""")
