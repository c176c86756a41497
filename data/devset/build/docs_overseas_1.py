"""(d) Overseas English documents, part 1: semiconductors, displays, secondary batteries,
future mobility, core materials. Institutions are real; group and lab names are generic
descriptions; companies are fictional."""
from docs_common import D

# ================================================================ SEMICONDUCTOR
D("ov-imec-euv-patterning", "SEMICONDUCTOR", "sem.euv-resist sem.euv-litho", "sem.metrology",
  "imec — EUV Patterning and Photoresist Program (Belgium)",
  """Research program at imec in Leuven that develops extreme-ultraviolet lithography processes
  with scanner, mask and materials suppliers. It screens chemically amplified and metal-oxide
  photoresists for resolution, line-edge roughness and dose, and studies stochastic defects at tight
  pitches. Partners can co-develop resist formulations, underlayers and pellicles on 300 mm wafers
  exposed on production-class EUV tools. The program also works on high-NA EUV readiness.""")

D("ov-psi-euv-interference", "SEMICONDUCTOR", "sem.euv-litho", "sem.euv-resist",
  "Paul Scherrer Institute — EUV Interference Lithography Beamline (Switzerland)",
  """Synchrotron beamline offering extreme-ultraviolet interference lithography for early-stage
  photoresist screening. Resist suppliers expose test formulations at pitches below those of
  current scanners to compare sensitivity and roughness long before tool access is available.
  The group also studies EUV mask absorbers and photon-matter interaction in thin films.""")

D("ov-cornell-inorganic-resist", "SEMICONDUCTOR", "sem.euv-resist", "",
  "Cornell University — Inorganic Photoresist Chemistry Group (USA)",
  """Chemistry group designing metal-oxide nanocluster and organometallic photoresists for EUV
  lithography. It studies how tin, zirconium and hafnium clusters absorb EUV photons and how
  ligands control solubility switching, aiming at higher sensitivity with lower roughness.
  The group synthesises new resist candidates and partners with industry for exposure tests.""")

D("ov-cea-leti-pilot", "SEMICONDUCTOR", "sem.minifab", "sem.photonics",
  "CEA-Leti — 300 mm Pilot Lines for Microelectronics (France)",
  """Technology research institute in Grenoble operating 200 mm and 300 mm cleanroom pilot lines.
  Companies use them to develop and validate process steps, materials and equipment before transfer
  to high-volume fabs, including FD-SOI, 3D integration and photonics. Leti also hosts European
  pilot-line programs that give start-ups and suppliers access to industrial tools.""")

D("ov-aist-minimal-fab", "SEMICONDUCTOR", "sem.minifab", "",
  "AIST — Device Technology Pilot Line and Minimal Fab (Japan)",
  """Research units at Japan's National Institute of Advanced Industrial Science and Technology
  that run shared semiconductor prototyping lines for companies. They include a 300 mm
  research line for device integration and a small-format 'minimal fab' concept with compact tools
  for low-volume production. Equipment and material suppliers use the lines to demonstrate
  products on real process flows.""")

D("ov-ncsu-sic-devices", "SEMICONDUCTOR", "sem.sic", "mob.power-electronics",
  "North Carolina State University — SiC Power Device Laboratory (USA)",
  """University laboratory designing and fabricating silicon carbide MOSFETs, diodes and power
  modules. It studies gate oxide reliability, short-circuit robustness and the effect of substrate
  and epitaxial defects on yield. Industry partners use its foundry access and characterisation
  for high-voltage devices in vehicles and grids.""")

D("ov-linkoping-sic-epitaxy", "SEMICONDUCTOR", "sem.sic", "sem.metrology",
  "Linköping University — SiC Crystal Growth and Defect Characterisation Group (Sweden)",
  """Group working on silicon carbide bulk growth and epitaxy. It identifies basal plane
  dislocations, stacking faults and point defects with photoluminescence, X-ray topography and
  electron microscopy, and develops growth conditions that reduce killer defects in substrates
  and epilayers for power devices.
  Companies collaborate on substrate qualification and epitaxial reactor development.""")

D("ov-wafersight-sic-inspection", "SEMICONDUCTOR", "sem.sic sem.metrology", "",
  "WaferSight Metrology GmbH — SiC Wafer Defect Inspection Systems (Germany)",
  """Equipment company building optical, photoluminescence and dark-field inspection systems for
  silicon carbide substrates and epitaxial wafers. Its tools detect and classify micropipes,
  basal plane dislocations, scratches and stacking faults at full-wafer throughput and map them for
  yield correlation. The company co-develops recipes and AI-based defect classification with wafer
  makers and device manufacturers.""")

D("ov-nist-metrology", "SEMICONDUCTOR", "sem.metrology", "",
  "NIST — Nanoscale Semiconductor Metrology (USA)",
  """Division of the U.S. National Institute of Standards and Technology that develops measurement
  methods and reference materials for semiconductor manufacturing. Work includes critical-dimension
  and overlay metrology, X-ray scatterometry, hybrid metrology with machine learning and
  measurement standards for advanced packaging.
  It collaborates with equipment makers and fabs through cooperative research agreements.""")

D("ov-tyndall-photonics", "SEMICONDUCTOR", "sem.photonics", "sem.packaging",
  "Tyndall National Institute — Silicon Photonics and Photonic Packaging (Ireland)",
  """Research institute in Cork developing silicon photonic integrated circuits, lasers and the
  packaging that couples them to fibres. It offers prototyping and packaging design services
  for optical transceivers used in data centres and sensing.
  It also trains industry staff in photonic integration.""")

D("ov-manchester-spiking", "SEMICONDUCTOR", "sem.neuromorphic", "sem.ondevice-ai",
  "University of Manchester — Spiking Neural Network Hardware Group (UK)",
  """Group building massively parallel many-core systems that simulate spiking neural networks in
  real time. It designs low-power chips for event-driven, brain-inspired computing and applies them
  to robotics and edge sensing. The group collaborates with industry on neuromorphic processors.""")

D("ov-eth-in-memory", "SEMICONDUCTOR", "sem.pim", "sem.neuromorphic",
  "ETH Zurich — In-Memory Computing with Resistive Devices Lab (Switzerland)",
  """Lab developing analogue in-memory computing with phase-change and resistive memory crossbars.
  It addresses device drift, precision and peripheral circuits, and maps deep neural networks onto
  the arrays for energy-efficient inference.
  It collaborates with memory makers on device variability and chip prototypes.""")

D("ov-itri-edge-ai", "SEMICONDUCTOR", "sem.ondevice-ai", "sem.eda",
  "ITRI — Edge AI Chip Design and System Integration (Taiwan)",
  """Division of Taiwan's Industrial Technology Research Institute designing AI accelerators,
  image-sensor-processing SoCs and modules for on-device inference in vehicles, factories and
  consumer products. It offers design services, chip prototyping through foundry partners and
  system-level verification with customers.
  It also supports start-ups with access to tape-outs.""")

D("ov-kuleuven-radhard", "SEMICONDUCTOR", "sem.extreme-env", "aer.satellite",
  "KU Leuven — Radiation-Hardened Mixed-Signal IC Design Group (Belgium)",
  """Group designing integrated circuits that survive high radiation doses for space, particle
  physics and nuclear environments. It develops radiation-tolerant libraries, time-to-digital
  converters and power management circuits and tests them at irradiation facilities.
  It offers design services and IP to companies building space and accelerator electronics.""")

D("ov-nasa-glenn-harsh-electronics", "SEMICONDUCTOR", "sem.extreme-env", "sem.sic",
  "NASA Glenn Research Center — High-Temperature SiC Electronics (USA)",
  """NASA group developing silicon carbide integrated circuits and sensors that operate at around
  500 °C for Venus landers, engine monitoring and other extreme environments. It works on
  high-temperature packaging, interconnects and long-duration reliability testing.
  Its circuits have run for weeks in chambers that simulate the Venus surface and for much longer at high temperature in air.""")

D("ov-purefab-upw", "SEMICONDUCTOR", "sem.upw", "",
  "PureFab Water Technologies Inc. — Ultrapure Water Systems for Fabs (USA)",
  """Company designing and operating ultrapure water plants for semiconductor fabs. Its systems
  combine reverse osmosis, electrodeionisation, UV oxidation of total organic carbon, degasification
  and polishing mixed-bed resins to reach sub-ppt metal levels. It also offers online particle and
  TOC monitoring and reclaim of rinse water.""")

D("ov-ntu-membrane", "SEMICONDUCTOR", "wat.membrane", "sem.upw",
  "Nanyang Technological University — Membrane Technology Centre (Singapore)",
  """Centre developing membranes for desalination and water reuse, including forward osmosis and
  biomimetic membranes. It helps industry treat and recycle process water, including wastewater
  from electronics manufacturing.
  It tests membranes at pilot scale with water utilities.""")

D("ov-astar-hybrid-bonding", "SEMICONDUCTOR", "sem.packaging", "",
  "A*STAR Institute of Microelectronics — Advanced Packaging and Hybrid Bonding (Singapore)",
  """Institute running a 300 mm advanced packaging line for wafer-to-wafer and die-to-wafer hybrid
  bonding, through-silicon vias and fan-out packaging. Industry consortia use it to develop
  high-bandwidth memory stacking and chiplet interconnects.
  It also develops metrology for bonded interfaces and thermal management of 3D stacks.""")

D("ov-tohoku-plasma", "SEMICONDUCTOR", "sem.precursor", "sem.parts",
  "Tohoku University — Plasma Etching and Atomic Layer Processing Lab (Japan)",
  """Lab studying plasma-surface interactions for etching and deposition. It develops atomic layer
  etching and low-damage plasma processes for high-aspect-ratio structures and evaluates new
  etch gases with lower global-warming potential.
  It works with equipment makers on plasma sources and process diagnostics.""")

D("ov-atomica-precursors", "SEMICONDUCTOR", "sem.precursor", "",
  "Atomica Precursors Ltd. — ALD and CVD Precursor Chemistry (UK)",
  """Company synthesising organometallic precursors for atomic layer and chemical vapour deposition
  of high-k dielectrics, metals and barrier layers. It scales precursors from gram to tonne and
  qualifies purity and thermal stability with chip makers.
  It offers custom synthesis and delivery systems for new precursor molecules.""")

D("ov-bochum-hw-security", "SEMICONDUCTOR", "sem.hw-security", "sec.ai-defense",
  "Ruhr University Bochum — Hardware Security and Side-Channel Lab (Germany)",
  """Lab researching physical attacks on chips and countermeasures. It evaluates side-channel and
  fault-injection resistance, designs physically unclonable functions and secure elements, and
  studies hardware Trojans in the supply chain.
  It tests commercial security chips and supports certification.""")

D("ov-cmu-autonomous-cyber", "SEMICONDUCTOR", "sec.ai-defense", "sem.hw-security",
  "Carnegie Mellon University — Autonomous Cyber Defense Group (USA)",
  """Group building AI systems that detect, analyse and respond to cyber attacks without human
  intervention. It develops self-learning intrusion detection, automated vulnerability discovery and
  response agents that adapt in real time to new threats.
  It evaluates these agents in competitions and on realistic networks.""")

D("ov-generic-advanced-rnd", "ADVANCED_MANUFACTURING", "", "",
  "Advanced Technology Development Institute — Contract Research and Development Services (USA)",
  """Independent contract research organisation offering research and development services to
  companies of all sizes. Its staff support advanced technology development projects from concept
  to prototype, including project planning, grant writing and management of research programs.
  The institute works across many industries and partners with universities on development
  projects.""")

# ================================================================ DISPLAY
D("ov-kyushu-tadf", "DISPLAY", "dsp.oled-blue", "",
  "Kyushu University — TADF Emitter Research Center (Japan)",
  """Research center that pioneered thermally activated delayed fluorescence emitters for OLEDs.
  It designs metal-free blue and hyperfluorescent emitters with narrow spectra and studies exciton
  dynamics and degradation to extend blue OLED lifetime. Partners co-develop host-emitter systems
  for commercial panels.""")

D("ov-umich-blue-phosphor", "DISPLAY", "dsp.oled-blue", "",
  "University of Michigan — Organic Optoelectronics Lab: Blue Phosphorescent OLEDs (USA)",
  """Lab studying the lifetime limits of blue phosphorescent OLEDs. It analyses
  exciton-polaron annihilation and develops device architectures, such as graded emission layers
  and plasmonic out-coupling, that reduce degradation of high-energy emitters.
  It collaborates with OLED material makers on lifetime testing.""")

D("ov-ucsb-microled", "DISPLAY", "dsp.microled", "",
  "UC Santa Barbara — Solid-State Lighting and Micro-LED Efficiency Lab (USA)",
  """Lab working on GaN-based LEDs, with focus on the efficiency drop of micro-LEDs smaller than
  ten micrometres. It studies sidewall passivation, red InGaN emitters and epitaxy for monolithic
  RGB micro-LED arrays.
  It collaborates with display and AR companies on micro-LED epitaxy.""")

D("ov-massxfer-microled", "DISPLAY", "dsp.microled", "",
  "MassXfer Systems Ltd. — Laser Mass Transfer Equipment for Micro-LED Displays (UK)",
  """Equipment company developing laser-induced forward transfer and stamp-based tools that move
  millions of micro-LED chips onto display backplanes. It offers high-yield transfer, inspection and
  laser repair modules for pilot lines.
  It co-develops transfer processes with display makers.""")

D("ov-uchicago-qd", "DISPLAY", "dsp.qd", "dsp.perovskite-led",
  "University of Chicago — Nanocrystal Synthesis Lab: Cadmium-Free Quantum Dots (USA)",
  """Lab synthesising colloidal nanocrystals, including indium phosphide quantum dots, for display
  colour conversion and electroluminescent QD-LEDs. It studies shell engineering for stability and
  narrow emission, and direct photolithographic patterning of QD layers.
  It works with display materials makers on scale-up.""")

D("ov-arizona-holographic", "DISPLAY", "dsp.holo", "dsp.optics-xr",
  "University of Arizona — Holographic and Light-Field Display Lab (USA)",
  """Lab in the optical sciences college developing holographic 3D displays, light-field and
  volumetric displays and the photorefractive and computational methods behind them. It works on
  displays that provide natural depth cues beyond conventional stereoscopic images.
  It collaborates with companies on holographic optical elements and head-mounted displays.""")

D("ov-vtt-ar-waveguides", "DISPLAY", "dsp.optics-xr", "",
  "VTT Technical Research Centre of Finland — AR Waveguides and Printed Optics",
  """Research group developing diffractive waveguides, nanoimprinted gratings and roll-to-roll
  printed optics for augmented-reality glasses. It offers prototyping of waveguide combiners and
  optical measurement of see-through displays.
  It transfers printing processes to manufacturers.""")

D("ov-cambridge-perovskite-led", "DISPLAY", "dsp.perovskite-led", "dsp.qd",
  "University of Cambridge — Perovskite Light-Emitting Diode Group (UK)",
  """Group developing metal-halide perovskite LEDs with high efficiency and pure colour. It studies
  ion migration and operational stability and explores perovskite emitters for displays and
  lighting.
  It collaborates with industry on lifetime improvement and patterning.""")

D("ov-holst-flexible", "DISPLAY", "dsp.flexible", "dsp.tft",
  "Holst Centre — Flexible and Stretchable Electronics (Netherlands)",
  """Open-innovation centre set up by TNO and imec for printed and flexible electronics. It
  develops stretchable interconnects, thin-film encapsulation and foldable display stack concepts,
  and tests mechanical reliability under repeated bending.
  Companies join shared research programs to co-develop technology.""")

D("ov-neareye-oledos", "DISPLAY", "dsp.oledos", "dsp.xr-thermal",
  "NearEye Silicon GmbH — OLED-on-Silicon Microdisplay Backplanes (Germany)",
  """Company designing CMOS backplanes for OLED-on-silicon microdisplays used in XR headsets and
  camera viewfinders. Its low-power pixel circuits and driving schemes cut panel power, which also
  reduces heat near the eye. It supplies backplane designs and prototype panels.""")

D("ov-tokyotech-oxide", "DISPLAY", "dsp.tft", "",
  "Tokyo Institute of Technology — Amorphous Oxide Semiconductor Lab (Japan)",
  """Lab investigating amorphous oxide semiconductors such as IGZO for thin-film transistors. It
  studies electronic structure, defects and bias stress stability and explores new p-type and
  high-mobility oxides for display backplanes.
  Its research underpins oxide backplanes now used in commercial displays.""")

D("ov-printedlight-inkjet", "DISPLAY", "dsp.inkjet", "dsp.qd",
  "PrintedLight Technologies — Inkjet Printing of OLED and QD Layers (USA)",
  """Company developing inkjet printing processes and inks for OLED emissive layers and quantum
  dot colour converters. It offers print-head integration, ink formulation and drop placement
  metrology for large-area display production.
  It supports pilot production at customer sites.""")

D("ov-umd-wearable-thermal", "DISPLAY", "th.cooling", "dsp.xr-thermal",
  "University of Maryland — Thermal Management of Wearable Electronics (USA)",
  """Lab developing thermally adaptive textiles and flexible heat spreaders for wearable devices.
  It models skin-contact temperature and designs passive cooling for smart glasses and
  body-worn electronics.
  It works with consumer electronics companies on thermal comfort.""")

# ================================================================ SECONDARY BATTERY
D("ov-kit-sulfide", "SECONDARY_BATTERY", "bat.sulfide-se", "bat.cell-production",
  "Karlsruhe Institute of Technology — Sulfide Solid Electrolyte Processing Lab (Germany)",
  """Lab working on argyrodite and thiophosphate sulfide solid electrolytes for all-solid-state
  batteries. It develops wet and dry processing of thin separator layers, composite cathodes and
  stack pressure management, and studies moisture sensitivity and H2S release during handling.
  The lab scales processes toward pouch cells with industry partners.""")

D("ov-giessen-solid-ionics", "SECONDARY_BATTERY", "bat.sulfide-se", "bat.oxide-se bat.li-metal",
  "Justus Liebig University Giessen — Solid-State Ionics Group (Germany)",
  """Group studying ion transport and interfaces in solid-state batteries. It analyses
  decomposition of sulfide electrolytes at cathode and lithium interfaces, chemo-mechanical
  degradation and coatings that stabilise the cathode-electrolyte interface. Its electrochemical
  and surface analysis methods are widely used by cell developers.""")

D("ov-tokyotech-superionic", "SECONDARY_BATTERY", "bat.sulfide-se", "mat.ai-materials",
  "Tokyo Institute of Technology — Superionic Conductor Discovery Lab (Japan)",
  """Lab discovering new lithium superionic conductors with ionic conductivity above that of
  liquid electrolytes. It combines crystal chemistry, high-throughput synthesis and computation to
  find sulfide and halide electrolytes for all-solid-state cells.
  It collaborates with battery makers to evaluate new electrolytes in cells.""")

D("ov-utaustin-cathode", "SECONDARY_BATTERY", "bat.cathode", "",
  "University of Texas at Austin — Cobalt-Free Cathode Materials Lab (USA)",
  """Lab developing high-nickel, cobalt-free layered oxide cathodes and manganese-rich and
  phosphate cathodes. It studies surface reconstruction, microcracking and doping strategies that
  extend cycle life at high voltage.
  It works with materials companies on scale-up of cobalt-free cathodes.""")

D("ov-argonne-materials-scaleup", "SECONDARY_BATTERY", "bat.cathode", "bat.electrolyte",
  "Argonne National Laboratory — Battery Materials Engineering and Scale-Up Facility (USA)",
  """Facility that scales promising cathode, anode and electrolyte materials from laboratory grams
  to kilogram batches with industrial-relevant processes. It supplies materials for evaluation in
  pouch cells and transfers synthesis routes to manufacturers.
  Companies license the processes and receive samples for evaluation.""")

D("ov-argonne-direct-recycling", "SECONDARY_BATTERY", "bat.recycling", "bat.cathode",
  "Argonne National Laboratory — Direct Recycling of Cathode Materials (USA)",
  """Program developing direct recycling, in which cathode powders are recovered from spent cells
  and relithiated and upcycled without breaking them down to metal salts. It also works on
  electrolyte and binder recovery and on design for recycling.
  It runs a collaborative recycling research centre with industry partners.""")

D("ov-circuli-hydromet", "SECONDARY_BATTERY", "bat.recycling", "",
  "CircuLi Materials Inc. — Hydrometallurgical Battery Recycling (Canada)",
  """Company recovering lithium, nickel, cobalt and manganese from black mass with leaching,
  solvent extraction and precipitation. It produces battery-grade sulphates and lithium carbonate
  and licenses its flowsheet to recycling plants.
  It runs a demonstration plant for qualifying recycled materials with cathode makers.""")

D("ov-pnnl-sodium", "SECONDARY_BATTERY", "bat.sodium", "ene.ldes-flow",
  "Pacific Northwest National Laboratory — Sodium Battery and Grid Storage Chemistry (USA)",
  """Group developing sodium-ion and sodium-metal batteries and other low-cost chemistries for grid
  storage. It studies hard-carbon anodes, layered and polyanion cathodes and electrolytes, and
  evaluates long-duration storage systems.
  It collaborates with companies on cell prototyping and safety testing.""")

D("ov-uppsala-sodium", "SECONDARY_BATTERY", "bat.sodium", "",
  "Uppsala University — Ångström Battery Centre: Sodium-Ion Electrodes (Sweden)",
  """Battery research centre working on sodium-ion cells made from abundant materials. It
  develops Prussian-white cathodes, hard carbons from biomass and aqueous electrode processing, and
  analyses ageing with synchrotron methods.
  It collaborates with European start-ups on sodium-ion production.""")

D("ov-umd-garnet", "SECONDARY_BATTERY", "bat.li-metal bat.oxide-se", "",
  "University of Maryland — Lithium Metal and Garnet Solid Electrolyte Lab (USA)",
  """Lab developing garnet-type oxide solid electrolytes and the interfaces between them and
  lithium metal. It engineers interlayers that lower interfacial resistance and suppress dendrites,
  and builds thin ceramic frameworks for solid-state lithium metal cells.
  Its garnet frameworks have been licensed for commercial solid-state cells.""")

D("ov-anodezero-cells", "SECONDARY_BATTERY", "bat.li-metal", "bat.electrolyte",
  "AnodeZero Cells Inc. — Anode-Free Lithium Metal Pouch Cells (USA)",
  """Start-up developing anode-free cells in which lithium is plated on a bare copper current
  collector during the first charge. It works on electrolytes, pressure management and formation
  protocols that give lithium metal cells long cycle life for drones and electric aviation.
  It builds pouch cells on a small pilot line.""")

D("ov-waterloo-silicon", "SECONDARY_BATTERY", "bat.si-anode", "",
  "University of Waterloo — Silicon Anode and Binder Lab (Canada)",
  """Lab developing silicon and silicon-carbon composite anodes. It designs porous silicon,
  elastic binders and prelithiation methods that tolerate volume change and raise energy density of
  lithium-ion cells.
  It collaborates with automakers on silicon anode validation.""")

D("ov-monash-lis", "SECONDARY_BATTERY", "bat.li-s", "",
  "Monash University — Lithium-Sulfur Battery Group (Australia)",
  """Group working on lithium-sulfur batteries with high specific energy. It develops sulfur
  cathode architectures, binders and electrolytes that limit polysulfide shuttling and tests cells
  for drones and aviation.
  It has scaled sulfur cathode processing to pilot production.""")

D("ov-rwth-isea-diagnostics", "SECONDARY_BATTERY", "bat.bms", "bat.testing",
  "RWTH Aachen University — Battery Diagnostics and Ageing Models (Germany)",
  """Institute group developing battery management algorithms, state-of-charge and state-of-health
  estimation, impedance-based diagnostics and ageing models. It runs large cell test facilities and
  helps companies validate BMS functions and predict lifetime.
  It also evaluates second-life use of vehicle batteries.""")

D("ov-warwick-wmg", "SECONDARY_BATTERY", "bat.cell-production", "bat.testing",
  "WMG, University of Warwick — Battery Scale-Up and Pilot Production (UK)",
  """Battery scale-up centre with electrode and cell pilot lines where companies prove new materials
  and processes in pouch and cylindrical cells. It also offers module and pack testing and
  training for battery manufacturing.
  It works with automakers and start-ups on scale-up.""")

D("ov-sandia-abuse", "SECONDARY_BATTERY", "bat.safety bat.testing", "",
  "Sandia National Laboratories — Battery Abuse Testing Laboratory (USA)",
  """Laboratory performing thermal, electrical and mechanical abuse tests on cells, modules and
  packs. It measures thermal runaway onset, gas release and propagation and evaluates mitigation
  such as barriers and venting. Results support safety standards for vehicles and stationary
  storage.""")

D("ov-dalhousie-electrolyte", "SECONDARY_BATTERY", "bat.electrolyte", "bat.testing",
  "Dalhousie University — Electrolyte Additives and Long-Life Cells (Canada)",
  """Lab studying electrolyte additives, ultra-high-precision coulometry and long-term cycling to
  predict cell lifetime. It designs electrolyte blends for long-life lithium-ion cells in vehicles
  and grid storage.
  It has long-term research partnerships with cell makers.""")

D("ov-braunschweig-labfactory", "SECONDARY_BATTERY", "bat.cell-production", "bat.dry-electrode",
  "TU Braunschweig — Battery LabFactory: Electrode Processing (Germany)",
  """University research factory covering the process chain from slurry mixing to cell formation.
  It studies mixing, coating, drying and calendering, including solvent-free electrode processing,
  and links process parameters to electrode structure with simulation.
  It offers pilot-scale trials to industry.""")

D("ov-solventless-electrode", "SECONDARY_BATTERY", "bat.dry-electrode", "bat.cell-production",
  "Solventless Electrode Systems LLC — Dry Electrode Calendering Equipment (USA)",
  """Equipment company building powder feeders, binder fibrillation mixers and multi-roll
  calenders for dry electrode manufacturing. Its lines laminate free-standing dry films onto current
  collectors at high speed without NMP solvent and drying ovens. It offers trials and process
  development for cathodes and anodes.""")

# ================================================================ FUTURE MOBILITY
D("ov-drexel-mxene", "FUTURE_MOBILITY", "mob.emi", "mat.graphene mat.coatings",
  "Drexel University — MXene Materials for EMI Shielding (USA)",
  """Lab developing two-dimensional MXene materials whose high conductivity gives thin, light
  coatings that shield electromagnetic interference. It formulates sprayable inks and films and
  tests shielding effectiveness for electronics and vehicles.
  It collaborates with companies on scalable MXene synthesis.""")

D("ov-shieldtech-compounds", "FUTURE_MOBILITY", "mob.emi", "mat.composite",
  "ShieldTech Compounds GmbH — Conductive Plastics for EV EMI Shielding (Germany)",
  """Company compounding conductive and magnetically filled polymers that replace metal housings
  for battery packs, inverters and radar modules. Its materials combine shielding, flame retardancy
  and light weight, and it runs EMC testing with automotive suppliers.
  It supplies materials for injection-moulded housings.""")

D("ov-oxford-autonomy", "FUTURE_MOBILITY", "mob.autonomous", "rob.amr",
  "University of Oxford — Mobile Robotics and Autonomous Driving Perception (UK)",
  """Group researching localisation, mapping and perception for autonomous vehicles in all
  weather. It fuses radar, lidar and camera data, develops self-supervised learning for scene
  understanding and tests on real roads.
  It collaborates with automakers and logistics firms.""")

D("ov-photonic-ranging-lidar", "FUTURE_MOBILITY", "mob.lidar", "mob.autonomous sem.photonics",
  "Photonic Ranging Inc. — FMCW Lidar Sensors (USA)",
  """Company developing frequency-modulated continuous-wave lidar on silicon photonic chips. The
  sensors measure range and velocity per point and resist interference from sunlight and other
  lidars, targeting automotive and robotics markets.
  It supplies evaluation kits to automakers.""")

D("ov-technion-auto-security", "FUTURE_MOBILITY", "mob.v2x-security", "mob.sdv",
  "Technion — Automotive Cybersecurity Lab (Israel)",
  """Lab studying attacks on in-vehicle networks, electronic control units and V2X communications.
  It develops intrusion detection for CAN and automotive Ethernet, secure over-the-air updates and
  testing methods aligned with automotive cybersecurity regulations.
  It collaborates with automakers on penetration testing.""")

D("ov-tum-sdv", "FUTURE_MOBILITY", "mob.sdv", "",
  "Technical University of Munich — Software-Defined Vehicle Architecture Group (Germany)",
  """Group researching centralised E/E architectures, service-oriented vehicle software and
  continuous integration of automotive functions. It builds research vehicles that update functions
  over the air and studies safety of software-defined vehicles.
  It collaborates with automakers and suppliers on middleware.""")

D("ov-vt-cpes-inverter", "FUTURE_MOBILITY", "mob.power-electronics", "sem.sic sem.gan",
  "Virginia Tech — Center for Power Electronics Systems: EV Traction Inverters (USA)",
  """Center developing high-density inverters, on-board chargers and DC-DC converters with SiC and
  GaN devices. It addresses packaging, EMI filtering and thermal design of power electronics for
  electric vehicles.
  It has an industrial consortium of power electronics companies.""")

D("ov-sheffield-motors", "FUTURE_MOBILITY", "mob.motor", "mat.rare-earth",
  "University of Sheffield — Electrical Machines and Drives Group (UK)",
  """Group designing traction motors for electric vehicles and aircraft, including motors that use
  less or no rare-earth magnets. It works on synchronous reluctance and wound-field machines,
  thermal modelling and high-speed designs.
  It collaborates with automakers on motor prototypes.""")

D("ov-dlr-uam", "FUTURE_MOBILITY", "mob.uam", "aer.certification",
  "DLR Institute of Flight Systems — Urban Air Mobility and eVTOL Operations (Germany)",
  """Institute of the German Aerospace Center researching flight control, automation and operations
  of eVTOL aircraft for urban air mobility. It studies vertiport procedures, airspace integration
  and safety assessment with flight tests.
  It collaborates with eVTOL developers and authorities.""")

D("ov-vertilift-evtol", "FUTURE_MOBILITY", "mob.uam", "",
  "VertiLift Aero — eVTOL Propulsion and Battery Integration (UK)",
  """Start-up developing distributed electric propulsion units and high-power battery packs for
  eVTOL aircraft. It works on motor-inverter integration, pack thermal management and
  crashworthiness for certification.
  It supplies propulsion units to aircraft developers.""")

D("ov-zsw-fuelcell-vehicle", "FUTURE_MOBILITY", "mob.fcev", "ene.fuelcell",
  "ZSW Ulm — Fuel Cell Vehicle Stack Testing (Germany)",
  """Research institute testing PEM fuel cell stacks and systems for cars, buses and trucks.
  It studies degradation under automotive drive cycles, cold start and hydrogen purity effects and
  offers test benches to suppliers.
  It also tests hydrogen refuelling components.""")

D("ov-osu-ev-thermal", "FUTURE_MOBILITY", "mob.thermal", "th.cooling",
  "Ohio State University Center for Automotive Research — EV Thermal Management (USA)",
  """Research center developing integrated thermal management for electric vehicles, including
  heat pumps, battery pre-conditioning and cabin climate control. It models energy use and tests
  systems on vehicle dynamometers.
  It collaborates with automakers and HVAC suppliers.""")

D("ov-ornl-wireless-charging", "FUTURE_MOBILITY", "mob.wireless-charging", "ene.wpt",
  "Oak Ridge National Laboratory — High-Power Wireless EV Charging (USA)",
  """Group developing wireless charging systems for electric vehicles at hundreds of kilowatts.
  It designs polyphase electromagnetic couplers, power electronics and shielding for safe fast
  charging of cars and trucks.
  It licenses technology to charging companies.""")

D("ov-deakin-carbon-fibre", "FUTURE_MOBILITY", "mob.lightweight mat.composite", "",
  "Deakin University — Carbon Fibre and Lightweight Vehicle Structures (Australia)",
  """Research facility producing carbon fibre on a pilot line and developing low-cost precursors
  and composite parts for lightweight vehicles. It works with automotive suppliers on structural
  parts and recycling of composites.
  Companies use the pilot line for trials of new fibres.""")

# ================================================================ CORE MATERIALS
D("ov-lbnl-autonomous-lab", "CORE_MATERIALS", "mat.ai-materials", "",
  "Lawrence Berkeley National Laboratory — Autonomous Materials Discovery Lab (USA)",
  """Laboratory combining machine learning, materials databases and robotic synthesis to discover
  inorganic materials. Algorithms propose candidate compounds and recipes, robots make and
  characterise them, and results feed back to the models in closed loop.
  It collaborates with companies on materials for batteries and catalysts.""")

D("ov-toronto-sdl", "CORE_MATERIALS", "mat.ai-materials", "",
  "University of Toronto — Self-Driving Laboratories for Materials (Canada)",
  """Research program building self-driving laboratories that use Bayesian optimisation and robotics
  to accelerate the design of polymers, catalysts and energy materials. It develops open software for
  experiment planning and data management.
  It collaborates with chemical and materials companies.""")

D("ov-mpi-steel", "CORE_MATERIALS", "mat.steel", "mat.ai-materials",
  "Max Planck Institute for Sustainable Materials — Advanced High-Strength Steels (Germany)",
  """Institute department designing high-strength steels with combined strength and ductility,
  including medium-manganese and TRIP/TWIP steels. It uses atom-probe tomography and simulation to
  link microstructure and properties and studies hydrogen embrittlement.
  It collaborates with steelmakers on alloy design.""")

D("ov-mines-steel", "CORE_MATERIALS", "mat.steel", "",
  "Colorado School of Mines — Advanced Steel Processing Research Center (USA)",
  """Industry-university center researching processing of advanced high-strength sheet steels,
  quenching and partitioning, and forming and welding of automotive steels.
  Member companies sponsor projects on alloy design and processing. It has pilot facilities for hot rolling and heat treatment.""")

D("ov-nims-ceramics", "CORE_MATERIALS", "mat.ceramics", "",
  "NIMS — Advanced Ceramics and Sintering (Japan)",
  """Group at Japan's National Institute for Materials Science developing structural and functional
  ceramics, field-assisted sintering and transparent ceramics. It studies thermal conductivity of
  silicon nitride substrates for power modules.
  It collaborates with companies on ceramic components.""")

D("ov-ames-critical-materials", "CORE_MATERIALS", "mat.rare-earth", "bat.recycling",
  "Ames National Laboratory — Critical Materials Innovation Hub (USA)",
  """Research hub working on rare-earth separation, substitution of critical elements in magnets
  and recycling of magnets and batteries. It develops rare-earth-lean permanent magnets and
  processing that reduces supply risk.
  It collaborates with industry on pilot processes.""")

D("ov-manchester-graphene", "CORE_MATERIALS", "mat.graphene", "",
  "University of Manchester — National Graphene Institute (UK)",
  """Institute researching graphene and other two-dimensional materials and helping companies bring
  them into products, including composites, membranes, coatings and sensors.
  It offers pilot-scale facilities and application testing to partners. Companies co-locate engineers to develop graphene-enhanced products.""")

D("ov-wageningen-biobased", "CORE_MATERIALS", "mat.bioplastics", "mat.plastic-recycling",
  "Wageningen University — Biobased Polymers and Controlled Biodegradation (Netherlands)",
  """Research group developing bio-based plastics such as PHA and PLA blends and studying their
  biodegradation in soil and seawater. It designs triggers that control when a plastic starts to
  degrade and evaluates life cycle impacts.
  It collaborates with packaging and agricultural companies.""")

D("ov-nrel-plastic-upcycling", "CORE_MATERIALS", "mat.plastic-recycling", "mat.bioplastics",
  "NREL — Enzymatic Plastic Recycling and Upcycling (USA)",
  """Research consortium developing engineered enzymes that depolymerise PET and other plastics and
  chemical processes that upcycle the monomers into higher-value products. It designs recyclable-by-
  design polymers and analyses process economics.
  It collaborates with chemical companies on scale-up.""")

D("ov-loopcycle-chemical", "CORE_MATERIALS", "mat.plastic-recycling", "",
  "Loopcycle Chemicals BV — Chemical Recycling of Mixed Plastic Waste (Netherlands)",
  """Company converting mixed plastic waste into feedstocks through pyrolysis and solvent-based
  purification. It supplies recycled monomers and naphtha to chemical companies and develops
  sorting and contaminant removal.
  It licenses its process to waste management firms.""")

D("ov-eth-dac", "CORE_MATERIALS", "mat.ccu", "",
  "ETH Zurich — Direct Air Capture and CO2 Mineralisation Lab (Switzerland)",
  """Lab developing sorbents and processes for capturing CO2 from air and flue gas and storing it
  permanently in minerals. It designs amine-functionalised sorbents and temperature-vacuum swing
  processes and assesses life cycles.
  Its spin-offs have commercialised direct air capture.""")

D("ov-imperial-biocatalysis-co2", "CORE_MATERIALS", "mat.ccu-bio", "mat.ccu",
  "Imperial College London — Bio-Inspired Catalysis for CO2 Conversion (UK)",
  """Group designing artificial photosynthesis systems and enzyme-inspired catalysts that convert
  CO2 and water into fuels and chemicals with sunlight. It mimics carbonic anhydrase and
  photosynthetic reaction centres in synthetic catalysts.
  It collaborates with energy and chemical companies.""")

D("ov-northwestern-co2-concrete", "CORE_MATERIALS", "mat.ccu-urban", "mat.ccu",
  "Northwestern University — CO2-Storing Construction Materials (USA)",
  """Lab developing cement and concrete that absorb and store CO2 during curing and over their
  service life, and building materials that capture CO2 from urban air.
  It quantifies how much CO2 such materials can store in cities. It collaborates with construction companies on pilot structures.""")

D("ov-birmingham-superalloys", "CORE_MATERIALS", "mat.superalloy", "aer.engine mfg.additive",
  "University of Birmingham — Superalloys and Titanium Alloys for Aero-Engines (UK)",
  """Research group on nickel-based superalloys and titanium alloys for jet engines. It studies
  creep, fatigue and oxidation, single-crystal casting and additive manufacturing of
  high-temperature alloys.
  It collaborates with engine makers.""")

D("ov-tuwien-hard-coatings", "CORE_MATERIALS", "mat.coatings", "sem.parts",
  "TU Wien — Hard Coatings and Thin Film Lab (Austria)",
  """Lab developing physical vapour deposited nitride and carbide coatings for cutting tools,
  engine components and corrosion protection. It models coating design with ab initio methods and
  tests mechanical and thermal stability.
  It collaborates with tool makers.""")
