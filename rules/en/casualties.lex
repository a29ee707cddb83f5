# Words that report people killed or injured. A count (numbers.lex) or a
# victim noun next to one of these words becomes the event's killed/injured.
# Each line is one phrase (case-insensitive, whole words).
#
# The casualty grammar, one form a rule, each with examples that state the
# {min,max} it must give (`salvo test-rules` runs them):
#   example = TEXT => EFFECT     EFFECT: "killed N, injured M" of each event
#                                ("; " between events, "-": neither field)
#   N is "5" for {5,5}, "4-9" for {4,9}, "15+" for {15,null}.
# The other rules of the grammar are words.lex's [cas.*] lists and
# context.patterns' [cas.*] patterns; docs/RULES.md "Casualties" tells them all.

[killed]
note = a count after the word, before it, or one victim named without a number
example = Russian missiles struck Dnipro on Monday, killing five people. => killed 5
example = Two people were killed when Russian missiles struck Dnipro on Monday. => killed 2
example = A woman was killed when Russian shelling hit Kherson on Monday. => killed 1
example = A 12-year-old boy was killed when Russian shelling hit Kherson on Monday. => killed 1
example = At least 15 people died when Russian missiles struck Dnipro on Monday. => killed 15+
example = More than 10 people were killed when Russian missiles struck Dnipro on Monday. => killed 11+
example = Between four and nine people died when Russian missiles struck Dnipro on Monday. => killed 4-9
example = Four to nine people died when Russian missiles struck Dnipro on Monday. => killed 4-9
example = Up to 12 people were killed when Russian missiles struck Dnipro on Monday. => killed 1-12
example = Dozens of people were killed when Russian missiles struck Dnipro on Monday. => killed 12+
example = Russian forces hit Kherson on Friday with dozens of rockets killing civilians. => -
example = Russian forces hit Kherson on Friday with tens of rocket shells, killing 44 civilians. => killed 44
example = Russian shelling hit Kherson on Friday and caused deaths; we hope there are not many martyrs, the governor said. => -
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
note = as [killed], for the wounded; "at least" binds to the count it stands before only
example = Russian missiles struck Dnipro on Monday, killing at least five people and wounding 18. => killed 5+, injured 18
example = On 12 March 2024, a US drone strike targeted al Shabaab militants near Jilib. 3 AS militants killed, 2 injured. => killed 3, injured 2
example = On 12 March 2024, Russian forces shelled Kherson. Three people killed, two injured. => killed 3, injured 2
example = A drone strike on a bus in Kherson on Monday injured a woman. => injured 1
example = Regime helicopters dropped chlorine barrel bombs on Saraqib on Monday, causing over 30 cases of asphyxiation among civilians. => injured 31+
example = Regime helicopters dropped chlorine barrel bombs on Saraqib on Monday; doctors recorded 40 suffocation cases. => injured 40
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
# a chemical attack's victims told as cases ("over 30 cases of asphyxiation")
cases of asphyxiation
cases of suffocation
cases of breathing difficulties
suffocation cases
asphyxiation cases

# "Killed or wounded" with no split into dead and wounded: the count it takes
# is neither killed nor injured (EVENTS.md: only "casualties", with no split,
# leaves both null). An analyst cannot code fatalities from it: the dead may
# be none or all of them.
[unsplit]
note = a count of the dead and wounded together: neither field
example = Twelve people were killed or injured when Russian missiles struck Dnipro on Monday. => -
example = Russian shelling of Kherson on Monday left 12 people killed or wounded. => -
example = Russian shelling of Kherson on Monday left 30 dead and wounded. => -
example = Russian missiles struck Dnipro on Monday, killing two people; 12 others were killed or wounded in Kherson. => killed 2
example = An Israeli air strike hit a house in Rafah on Monday, killing or wounding 12 people. => -
example = Russian shelling hit Kherson on Monday, killing or injuring at least seven civilians. => -
example = An Israeli air strike hit a house in Rafah on Monday, killing or injuring dozens. => -
killed or injured
killed or wounded
killed or hurt
dead or injured
dead or wounded
killed and wounded
killed and injured
dead and wounded
dead and injured
were killed or injured
were killed or wounded
was killed or injured
was killed or wounded
were killed and wounded
were killed and injured
killing or wounding
killing or injuring
killing and wounding
killing and injuring
killed or maimed

# Victim nouns: people words that may stand between a count and a casualty
# word ("two soldiers were killed"), and that count as one when written with
# "a"/"an"/"one" ("a woman was killed").
[victims]
example = Russian shelling killed three civilians in Kherson on Monday. => killed 3
example = Iran fired missiles into Erbil on Monday, killing a prominent Kurdish businessman and several other people. => killed 4+
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
businessman
businessmen
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
sons
daughters
brothers
sisters
wives
husbands
mothers
fathers
grandson
granddaughter
grandsons
granddaughters
grandchild
grandchildren
grandfather
grandmother
nephew
niece
nephews
nieces
cousin
cousins
uncle
aunt

[no_injured]
example = A Russian drone hit a house in Sumy on Monday; no one was injured. => injured 0
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
example = A Russian drone hit a house in Sumy on Monday; no one was killed. => killed 0
no deaths
no fatalities
no one was killed
nobody was killed
no one died
nobody died
no reports of deaths
no dead

[no_casualties]
example = A Russian drone hit a house in Sumy on Monday; there were no casualties. => killed 0, injured 0
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

# Phrases that introduce a running toll: the latest figure wins, over the
# lead's too (a lower figure from a source quoted later does not: the lead's
# floor stays; docs/OUTPUT.md "Casualties").
[toll_update]
note = a running toll replaces what was told before it
example = Russian missiles struck Dnipro on Monday, killing five; the death toll has since risen to 12. => killed 12
example = An Israeli air strike on a house in Rafah on Monday killed 15 people. The death toll later rose to 21, the health ministry said. => killed 21
example = An Israeli air strike on a house in Rafah on Monday killed 15 people. Rescuers pulled two more bodies from the rubble on Tuesday, bringing the death toll to 17. => killed 17
example = Israeli strike on Rafah home. An Israeli air strike hit a house in Rafah on Monday, killing 15 people, according to WAFA. The Israeli army said the air strike in Rafah killed eight militants. => killed 15
example = Israeli strike on Rafah home. An Israeli air strike hit a house in Rafah on Monday, killing 15 people. Later reports said the air strike in Rafah killed 18 people. => killed 15-18
example = Hamas deputy leader killed in Beirut blast. Israel struck Beirut on Tuesday. Lebanese media report that Arouri was killed in an Israeli drone strike in southern Beirut on Tuesday along with six others. => killed 7
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
