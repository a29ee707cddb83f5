# What was hit. Each [section] is a target type (docs/OUTPUT.md); each line a
# head noun or phrase as news text writes it (case-insensitive, whole words,
# plural "s" matched automatically, so write the singular; irregular plurals
# such as "men", "fishermen" need their own line). The target text in the
# output is the noun phrase around the match ("a residential building"); when
# several are named the first one wins (EVENTS.md). The longest phrase wins
# where two overlap: "military convoy" (military) over "convoy" (civilians),
# "civilian car" (unknown) over "civilian" (civilians).
# Each section states the target type a sentence gives with one of its words:
# "example = TEXT => TYPE", run by salvo test-rules (check = target_type).
#
# Conventions (EVENTS.md "Actors and targets", tests/gold/README.md "Target"):
# - energy, water, rail, ports, ships, fuel, telecoms, hospitals and clinics,
#   places of worship, shops, markets, cafes, hotels, offices, factories:
#   infrastructure;
# - schools, kindergartens, camps for displaced people, convoys, and people
#   named by what they are (civilians, children, women, workers, farmers,
#   journalists, aid workers, displaced people): civilians. "a man", "men",
#   "people" and a person's name say nothing about the victim: no target;
# - homes, apartment blocks, and a tent a family lives in: residential;
# - soldiers, fighters, militiamen, commanders, and what armed forces hold
#   (bases, positions, checkpoints, barracks, military convoys, warships):
#   military;
# - the state's civil offices and its police (police stations, police
#   vehicles and policemen, as the gold set's police-headquarters and
#   police-checkpoint records), courts and prisons: government;
# - a car, a truck, a building of unstated use: unknown.

[residential]
example = A Russian missile hit an apartment block in Dnipro on Monday, killing three people. => residential
residential building
residential buildings
residential structure
residential area
residential areas
residential district
residential neighbourhood
residential neighborhood
residential complex
residential compound
apartment building
apartment block
apartment
high-rise
block of flats
tower block
housing block
housing estate
house
home
homes
dwelling
multi-storey building
multi-story building
storey building
story building
private house
villa
cottage
dacha
farmhouse
hut
dormitory
# a tent a family lives in is its home (tests/gold notes convention); a tent
# camp is a camp for the displaced (civilians)
tent
residential

[infrastructure]
example = Russian drones struck a power plant in Odesa region on Monday. => infrastructure
bus stop
bus station
energy infrastructure
energy facility
energy site
power plant
power station
thermal power plant
hydroelectric plant
power grid
power line
power facility
power infrastructure
substation
transformer
transformer station
heating plant
boiler house
boiler room
electricity
gas pipeline
gas facility
gas infrastructure
gas distribution station
gas field
pipeline
oil depot
fuel depot
petroleum depot
oil refinery
refinery
fuel storage
oil storage
oil tank
fuel tank
storage tank
oil terminal
oil facility
oil field
oil well
port
seaport
harbour
harbor
dock
pier
wharf
terminal
port infrastructure
grain terminal
grain silo
grain storage
flour mill
mill
ship
vessel
cargo ship
merchant ship
merchant vessel
commercial vessel
commercial ship
container ship
bulk carrier
oil tanker
tanker
ferry
railway
railway station
train station
rail line
railway depot
rail depot
rail yard
railway junction
rail infrastructure
railway infrastructure
train
freight train
cargo train
locomotive
bridge
overpass
dam
reservoir
airport
airfield
runway
TV tower
television tower
telecommunications tower
telecom tower
communications tower
mobile tower
cell tower
radio tower
antenna
radio station
TV station
television station
broadcasting station
hospital
clinic
maternity ward
medical facility
health centre
health center
health facility
healthcare facility
medical centre
medical center
pharmacy
dispensary
shopping centre
shopping center
shopping mall
mall
supermarket
shop
store
market
marketplace
market stall
bazaar
bakery
office building
office complex
office
business centre
logistics centre
logistics center
post office
Nova Poshta
printing house
publishing house
cultural centre
cultural center
community centre
community center
museum
theatre
theater
cinema
library
stadium
church
mosque
cathedral
monastery
chapel
temple
pagoda
shrine
synagogue
place of worship
warehouse
factory
plant
industrial facility
industrial zone
industrial area
industrial site
enterprise
hotel
guest house
restaurant
cafe
teahouse
water supply
water treatment
water station
pumping station
water plant
water tower
water tank
water well
water network
desalination plant
gas station
petrol station
fuel station
filling station
critical infrastructure
infrastructure

[civilians]
example = An airstrike on Rafah on Monday killed four children, medics said. => civilians
civilians
civilian
civilian population
non-combatant
woman
women
mother
grandmother
child
children
baby
infant
toddler
kid
boy
girl
teenager
schoolchild
schoolchildren
schoolgirl
schoolboy
pupil
student
students
journalist
journalists
cameraman
media worker
media crew
TV crew
film crew
resident
residents
villager
pensioner
elderly
family
families
passenger
passengers
commuter
passer-by
passers-by
bystander
spectator
worshipper
worshippers
pilgrim
mourner
wedding guest
protester
demonstrator
farmer
herder
shepherd
fisherman
fishermen
trader
vendor
shopper
worker
employee
medic
medics
paramedic
nurse
health worker
healthcare worker
medical worker
medical staff
rescuer
rescuers
firefighter
first responder
volunteer
aid workers
aid worker
humanitarian worker
relief worker
UN staff
refugee
migrant
asylum seeker
displaced people
displaced persons
displaced person
displaced families
displaced civilians
internally displaced people
internally displaced persons
IDP
IDP camp
school
kindergarten
nursery
orphanage
university
college
madrasa
madrassa
madrasah
playground
convoy
humanitarian convoy
aid convoy
evacuation convoy
bus
minibus
passenger train
evacuation train
refugee camp
displacement camp
displacement site
displacement centre
camp for displaced people
camp for displaced persons
camp for the displaced
displaced persons camp
tent camp
tent encampment
makeshift camp
humanitarian zone
shelter
queue
bread line
crowd
wedding
funeral
funeral procession
aid distribution
food distribution
aid seeker
aid truck
relief truck

[military]
example = A Ukrainian drone struck a group of soldiers near Bakhmut on Monday. => military
soldier
militiaman
militiamen
serviceman
servicemen
service member
military personnel
conscript
recruit
cadet
peacekeeper
army officer
military officer
fighter
fighters
militant
militants
operative
drone operator
commander
commanders
guard
guards
patrol vehicle
patrol
military post
army post
military base
base
military airfield
military airport
air base
military camp
army camp
training camp
militant camp
terrorist camp
insurgent camp
rebel camp
jihadist camp
hideout
military compound
military site
military object
military infrastructure
barracks
garrison
outpost
observation post
border post
frontier post
security post
roadblock
military academy
military college
ammunition depot
ammo depot
ammunition dump
ammunition warehouse
ammunition storage
munitions depot
arms depot
weapons depot
weapons storage
weapons cache
arms cache
command post
command centre
command center
command and control centre
command and control center
operations centre
operations center
military positions
military position
positions
position
trench
dugout
fortification
troops
soldiers
checkpoint
military convoy
army convoy
troop convoy
convoy of soldiers
convoy of troops
logistics convoy
supply convoy
military vehicles
military vehicle
army vehicle
military truck
army truck
armoured vehicle
armored vehicle
armoured personnel carrier
armored personnel carrier
infantry fighting vehicle
tanks
launcher
launch site
launch pad
artillery battery
air defence
air defense
radar
warship
naval vessel
naval ship
military vessel
military ship
navy ship
patrol boat
patrol ship
landing ship
frigate
corvette
submarine
minesweeper
missile boat
military facility
military installation
military target
military targets
militant targets
terrorist targets
enemy targets
insurgent targets
jihadist targets
Houthi targets
Hezbollah targets
Hamas targets
headquarters
training ground
training centre
fuel tanker

[government]
example = A drone hit a police station in Kandahar on Monday, wounding two officers. => government
consulate
police headquarters
police checkpoint
police post
police building
police compound
police station
police officer
policeman
policemen
police vehicle
police van
police car
police truck
police patrol
police convoy
police academy
police training centre
police training center
traffic police
gendarme
gendarmerie
government building
government office
government compound
government headquarters
administration building
regional administration building
city hall
town hall
council building
municipal building
ministry building
ministry compound
parliament
presidential palace
presidential residence
prime minister's office
embassy
governor's office
governor's residence
governorate building
administrative building
courthouse
court building
prison
jail
penitentiary
polling station
election office
tax office
customs office

[unknown]
example = A drone struck a car near Kherson on Monday, killing the driver. => unknown
building
car
civilian car
civilian vehicle
private car
passenger car
taxi
minivan
pickup
vehicle
truck
motorcycle
motorbike
scooter
tractor
rickshaw
boat
