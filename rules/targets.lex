# What was hit. Each [section] is a target type (docs/OUTPUT.md); each line a
# head noun or phrase as news text writes it (case-insensitive, whole words,
# plural "s" matched automatically). The target text in the output is the noun
# phrase around the match ("a residential building"); when several are named
# the first one wins (EVENTS.md).

[residential]
residential building
residential buildings
residential structure
residential area
residential areas
residential district
residential neighbourhood
residential neighborhood
apartment building
apartment block
apartment
high-rise
block of flats
housing estate
house
home
homes
dwelling
multi-storey building
multi-story building
private house
residential

[infrastructure]
bus stop
bus station
energy infrastructure
energy facility
power plant
power station
thermal power plant
hydroelectric plant
power grid
power line
substation
electricity
gas pipeline
pipeline
oil depot
fuel depot
oil refinery
refinery
fuel storage
port
port infrastructure
grain terminal
grain silo
railway
railway station
train station
rail line
bridge
dam
airport
airfield
TV tower
television tower
hospital
clinic
maternity ward
medical facility
shopping centre
shopping center
shopping mall
mall
supermarket
shop
store
market
marketplace
office building
office complex
office
business centre
cultural centre
cultural center
museum
theatre
church
mosque
cathedral
warehouse
factory
plant
industrial facility
enterprise
hotel
restaurant
cafe
water supply
water treatment
gas station
petrol station
critical infrastructure
infrastructure
telecommunications tower

[civilians]
civilians
civilian
woman
women
man
men
child
journalist
resident
residents
pensioner
student
students
passenger
passengers
worshipper
worshippers
family
families
boy
girl
elderly
teenager
medic
medics
paramedic
rescuer
rescuers
farmer
volunteer
school
kindergarten
university
children
playground
convoy
humanitarian convoy
aid convoy
aid workers
journalists
bus
minibus
passenger train
evacuation train
refugee camp
displacement camp
camp for displaced people
shelter
queue
crowd
wedding
funeral
bakery
aid distribution
food distribution

[military]
soldier
militiaman
militiamen
serviceman
servicemen
fighter
fighters
militant
militants
commander
commanders
guard
guards
patrol vehicle
patrol
military post
military base
base
military airfield
air base
barracks
ammunition depot
ammo depot
arms depot
weapons depot
command post
military positions
positions
troops
soldiers
checkpoint
military convoy
military vehicles
tanks
air defence
air defense
radar
warship
ship
vessel
military facility
military installation
military target
military targets
headquarters
training ground
training centre
fuel tanker

[government]
consulate
police headquarters
police checkpoint
police post
police building
police compound
government building
administration building
regional administration
city hall
town hall
police station
ministry
parliament
embassy
governor's office
administrative building
courthouse

[unknown]
building
car
vehicle
truck
motorcycle
