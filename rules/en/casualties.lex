# Words that report people killed or injured. A count (numbers.lex) or a
# victim noun next to one of these words becomes the event's killed/injured.
# Each line is one phrase (case-insensitive, whole words).

[killed]
KIA
killed
killing
kills
kill
dead
died
dies
die
death
deaths
death toll
dead bodies
bodies
fatalities
fatality
lost their lives
lost his life
lost her life
perished
slain
martyred
martyrs
succumbed
were killed
was killed
lives

[injured]
WIA
injured
injuring
injures
injuries
injury
wounded
wounding
wounds
hurt
hurting
hospitalised
hospitalized
maimed
sustained injuries
suffered injuries
suffered wounds

# Victim nouns: people words that may stand between a count and a casualty
# word ("two soldiers were killed"), and that count as one when written with
# "a"/"an"/"one" ("a woman was killed").
[victims]
people
person
persons
civilians
civilian
residents
resident
soldiers
soldier
militiaman
militiamen
militia members
fighter
servicemen
serviceman
troops
fighters
militants
children
child
kids
teenager
teenagers
boy
boys
girl
girls
woman
women
man
men
elderly
pensioner
pensioners
police officers
policemen
policeman
officers
journalists
journalist
workers
worker
medics
paramedics
rescuers
firefighters
passengers
passenger
students
worshippers
others
family members
commander
commanders
leader
leaders
official
officials
guard
guards
farmer
farmers
shepherd
fisherman
fishermen
driver
drivers
members
babies
baby
infant
infants
toddler
IDPs
displaced people
displaced persons
internally displaced people
refugees
traders
vendors
shoppers
pupils
schoolchildren
teachers
doctors
nurses
aid workers
humanitarian workers
health workers
Red Crescent volunteers
gunmen
insurgents
jihadists
rebels
bombers
bomber
suicide bomber
attackers
attacker
police
gendarmes
peacekeepers
villagers
herders
miners
wedding guests
mourners
volunteers
volunteer
Palestinians
Israelis
Ukrainians
Russians
Syrians
Yemenis
Somalis
Afghans
Pakistanis
Iraqis
Lebanese
Sudanese
individuals
victims
casualties

# Phrases that say nobody was hurt. "both" sets killed and injured to 0.
officer
police officer
worshipper
trader
vendor
pupil
student
teacher
doctor
nurse
paramedic
medic
rescuer
firefighter
aid worker
militant
gunman
insurgent
rebel
jihadist
villager
herder
miner
refugee
displaced person
IDP
pilot
gendarme
peacekeeper
teenage boy
teenage girl
elderly man
elderly woman
mother
father
son
daughter
brother
sister
wife
husband

[no_injured]
no injuries
no injuries were reported
no one was injured
nobody was injured
no one was wounded
nobody was wounded
without injuries
no reports of injuries
no injured

[no_killed]
no deaths
no fatalities
no one was killed
nobody was killed
no one died
nobody died
no reports of deaths
no dead

[no_casualties]
no casualties
no casualties were reported
without casualties
no one was hurt
nobody was hurt
no victims
no one was harmed
nobody was harmed
no reports of casualties
caused no casualties
there were no casualties

# Phrases that introduce a running toll: the latest figure wins.
[toll_update]
death toll rose to
death toll has risen to
death toll climbed to
toll rose to
toll has risen to
toll climbed to
toll increased to
number of dead rose to
number of injured rose to
number of wounded rose to
rose to
