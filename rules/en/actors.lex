# Who carries out attacks. Each [section] is a canonical actor name as it
# appears in the output; each line is a way the text names it: the country or
# group, its adjective and demonym, its forces, its leaders. Possessives
# ("Russia's") are matched automatically; plurals are NOT (write "Houthi" and
# "Houthis", "drone" and "drones").
# Tags:
#   @capital  a capital city: an actor only when it is the subject of an attack
#             verb ("Moscow launched"), never as an adjective or after
#             "at/on/in" ("drones aimed at Moscow" is a place).
#   @leader   a person who stands for the state ("Putin launches strike").
#   @forces   a state's adjective or possessive that names it only before a
#             force word (words.lex [actor.force_word]): "Sudanese army".
#   @one_state in [state forces]: the state of the place only when the
#             article names no other country ("warplanes").
#   @XX       ISO 3166 alpha-2 codes, a country scope: the line names its
#             section's actor only for a strike in those countries ("IS @NG"
#             under [ISWAP]); the same name may stand in several sections, one
#             per country, and once without a scope for everywhere else.
# Each section states the actor a sentence gives with one of its names:
# "example = TEXT => ACTOR", run by salvo test-rules (check = actor).
#
# Conventions (EVENTS.md, docs/RULES.md "Actor names"):
# - A state's forces are the state's English short name: [Sudan] for the
#   Sudanese Armed Forces, [Myanmar] for the junta, [DR Congo] for the FARDC,
#   [Burkina Faso], [United States] for CENTCOM/AFRICOM, and so on. Police and
#   other state security forces count as the state ("Police Forces of Nigeria").
# - A named group keeps the name analysts use (Hamas, ISWAP, JNIM, M23, ...);
#   an armed wing is its group (Qassam Brigades -> Hamas).
# - A bare demonym ("Sudanese", "Somali", "Syrian", "Iraqi", "Afghan",
#   "Yemeni", "Congolese", "Malian", ...) is NOT listed for states at war on
#   their own soil: it names the victims or the place as often as the
#   attacker ("Sudanese civilians were hit by ..."). Those states are listed
#   by their forces only: "Sudanese army", "Sudan's military", "Malian drone",
#   "Nigerian airstrikes". The adjective alone is kept where it has long
#   meant the attacker in this list (Russian, Ukrainian, Israeli, Iranian,
#   Turkish, Pakistani, American, British, ...).
# - The lines "Military Forces of X (2019" are ACLED's actor names, which
#   carry the start year of the government in brackets: "Military Forces of
#   Sudan (2019-)". A term cannot end in ")" (it would never match a whole
#   word), so the year is written without the closing "-)".
# - "suspected X" lines let a passive "planted by suspected X militants" find
#   its actor (the passive rule takes the actor right after "by (the)").
# - Acronyms in capitals match only in capitals. An acronym that names other
#   groups in other countries is listed with a country scope (@XX tags, below):
#   SNA (Somali or Syrian National Army), IAF (Israeli or Indian Air Force),
#   PAF (Pakistan or Philippine Air Force), TDF (Tigray or Ukraine's
#   Territorial Defence Forces), ISF (Iraqi or Lebanese security forces), EDF,
#   RDF, RSF. Left out because they collide with common uses: AA
#   (anti-aircraft, for the Arakan Army), KIA (killed in action, Kachin
#   Independence Army), PDF alone (the file format; "PDF fighters", "PDF
#   units" ... are listed), ZSU (also a Soviet anti-aircraft gun), JAS (Boko
#   Haram's faction, also the Gripen JAS 39), ASWJ (Mozambique's insurgents,
#   also a Pakistani party), GNU, KH, SAC.
#   "Yemeni Armed Forces" is left out too: the Houthis' own name for their
#   forces, but also the government's.


[Russia]
example = Russian forces shelled the centre of Kherson on Monday, killing two civilians. => Russia
Russia
Russian
Russians
Russian Federation
Russian forces
Russian army
Russian military
Russian Armed Forces
Russian Aerospace Forces
Russian occupation forces
Russian occupiers
the Kremlin
Kremlin
Putin @leader
Vladimir Putin @leader
Moscow @capital
occupiers
occupying forces
Russian-backed
pro-Russian
Military Forces of Russia
Military Forces of Russia (2000

[Ukraine]
example = Ukrainian drones struck an oil depot in Belgorod overnight, the regional governor said. => Ukraine
Ukraine
Ukrainian
Ukrainians
Ukrainian forces
Ukrainian army
Ukrainian military
Ukrainian Armed Forces
Armed Forces of Ukraine
AFU
Kiev forces
Kyiv forces
Kiev troops
Kyiv troops
Ukrainian military intelligence
Ukraine's military intelligence
HUR
GUR
SBU
Security Service of Ukraine
the Kiev regime
Kiev regime
Kyiv regime
Zelensky @leader
Zelenskyy @leader
Kyiv @capital
Kiev @capital
Military Forces of Ukraine
Military Forces of Ukraine (2019

[Israel]
example = The Israeli army carried out an airstrike on a house in Khan Younis on Monday, killing five people. => Israel
example = IAF jets struck a Hezbollah depot near Nabatieh on Monday. => Israel
Israel
Israeli
Israelis
IDF
Israel Defense Forces
Israel Defence Forces
Israeli Defense Forces
Israeli Defence Forces
Israeli military
Israeli army
Israeli forces
Israeli occupation forces
Israeli occupation army
Israeli occupation
Zionist enemy
Zionist entity
Zionist regime
Netanyahu @leader
Jerusalem @capital
Military Forces of Israel
Military Forces of Israel (2022
# In the Palestinian territories the forces of "the state" are Israel's (the
# country-scoped lines: a [state forces] name read in a strike in PS)
army @PS
the army @PS
the military @PS
army troops @PS
army drones @PS
army warplanes @PS
army helicopters @PS
army artillery @PS
warplanes @PS
warplane @PS
military jets @PS
fighter jets @PS
jets @PS
air force @PS
military aircraft @PS
military drones @PS
troops @PS
soldiers @PS
security forces @PS
armed forces @PS
# IAF: the Israeli Air Force where Israel strikes, the Indian Air Force in India and Pakistan
IAF @IL @PS @LB @SY @YE @IR @IQ

[Syria]
example = Syrian government forces shelled villages in the south of Idlib on Monday, killing three civilians. => Syria
Syrian government
Syrian government forces
Syrian army
Syrian Arab Army
SAA
Syrian regime
Syrian forces
Syrian troops
Syrian military
Syrian air force
Syrian warplanes
Syrian jets
Syrian security forces
regime forces
Assad regime
Assad forces
Assad @leader
Bashar al-Assad @leader
Damascus @capital
Syria's army
Syria's military
Syria's armed forces
Syria's forces
Syria's troops
Syria's air force
Military Forces of Syria
Military Forces of Syria (2000
Military Forces of Syria (2024
# the state's forces only before a force word (words.lex [actor.force_word]): "Syrian army"
Syrian @forces
Syria's @forces

[Iraq]
example = Iraqi warplanes bombed hideouts in the Hamrin mountains on Monday, the military said. => Iraq
Iraqi army
Iraqi military
Iraqi armed forces
Iraqi forces
Iraqi troops
Iraqi air force
Iraqi warplane
Iraqi warplanes
Iraqi jets
Iraqi fighter jets
Iraqi aircraft
Iraqi drone
Iraqi drones
Iraqi airstrike
Iraqi airstrikes
Iraqi air strike
Iraqi air strikes
Iraq's army
Iraq's military
Iraq's armed forces
Iraq's forces
Iraq's troops
Iraq's air force
Iraqi security forces
Iraqi Counter-Terrorism Service
Iraqi F-16
Iraqi F-16s
Military Forces of Iraq
Military Forces of Iraq (2022
# the state's forces only before a force word (words.lex [actor.force_word]): "Iraqi army"
Iraqi @forces
Iraq's @forces
# ISF is Iraqi security forces in Iraq (Lebanon's Internal Security Forces elsewhere)
ISF @IQ

[Yemen]
example = Yemeni government forces shelled positions east of Taiz on Monday, killing two fighters. => Yemen
Yemeni government forces
Yemeni government troops
Yemeni army
Yemen's army
Military Forces of Yemen
Military Forces of Yemen (2012
Military Forces of Yemen (2016
Military Forces of Yemen (2022

[Lebanon]
example = The Lebanese army fired artillery at a smuggling route near Hermel on Monday. => Lebanon
Lebanese army
Lebanese Armed Forces
Lebanese troops
Lebanon's army
# the state's forces only before a force word (words.lex [actor.force_word]): "Lebanese army"
Lebanese @forces
Lebanon's @forces

[Jordan]
example = Jordanian warplanes struck drug smugglers' hideouts in southern Syria on Monday. => Jordan
Jordanian army
Jordanian military
Jordanian armed forces
Jordanian forces
Jordanian troops
Jordanian air force
Jordanian warplane
Jordanian warplanes
Jordanian jets
Jordanian fighter jets
Jordanian aircraft
Jordanian drone
Jordanian drones
Jordanian airstrike
Jordanian airstrikes
Jordanian air strike
Jordanian air strikes
Jordan's army
Jordan's military
Jordan's armed forces
Jordan's forces
Jordan's troops
Jordan's air force
Royal Jordanian Air Force
# the state's forces only before a force word (words.lex [actor.force_word]): "Jordanian army"
Jordanian @forces
Jordan's @forces

[Egypt]
example = Egyptian warplanes bombed a convoy near the Libyan border on Monday, the army said. => Egypt
Egyptian army
Egyptian military
Egyptian armed forces
Egyptian forces
Egyptian troops
Egyptian air force
Egyptian warplane
Egyptian warplanes
Egyptian jets
Egyptian fighter jets
Egyptian aircraft
Egyptian drone
Egyptian drones
Egyptian airstrike
Egyptian airstrikes
Egyptian air strike
Egyptian air strikes
Egypt's army
Egypt's military
Egypt's armed forces
Egypt's forces
Egypt's troops
Egypt's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "Egyptian army"
Egyptian @forces
Egypt's @forces

[Saudi Arabia]
example = Saudi artillery shelled villages in Saada province on Monday, killing four migrants. => Saudi Arabia
Saudi Arabia
Saudi
Saudis
Saudi forces
Saudi army
Saudi military
Saudi air force
Royal Saudi Air Force
Saudi border guards
Riyadh @capital

[United Arab Emirates]
example = An Emirati drone struck a fuel truck near Nyala on Monday, killing its driver. => United Arab Emirates
United Arab Emirates
UAE
Emirati
Emiratis
Abu Dhabi @capital

[Saudi-led coalition]
example = The Saudi-led coalition carried out airstrikes on Sanaa on Monday, killing six people. => Saudi-led coalition
Saudi-led coalition
Saudi-led military coalition
Saudi-led
Saudi-led forces
Saudi-Emirati coalition
Arab coalition

[United States]
example = US forces carried out an airstrike on a compound in eastern Syria on Monday. => United States
United States
U.S.
US
USA
American
Americans
U.S. military
US military
United States military
Pentagon
CENTCOM
U.S. Central Command
Central Command
AFRICOM
U.S. Africa Command
Africa Command
Trump @leader
Donald Trump @leader
Biden @leader
Joe Biden @leader
Washington @capital
Military Forces of the United States
Military Forces of the United States (2021
Military Forces of the United States (2025

[United Kingdom]
example = The RAF carried out airstrikes on military sites near Hodeidah on Monday, the defence ministry said. => United Kingdom
British
Britain
United Kingdom
UK
RAF
Royal Air Force
Royal Navy

[France]
example = French warplanes bombed a camp of fighters in northern Mali on Monday. => France
France
French forces
French army
French military
French air force
French troops
French jets
French warplanes
French drones
Barkhane
Operation Barkhane
Military Forces of France
Military Forces of France (2017

[Turkey]
example = Turkish drones struck a vehicle near Qamishli on Monday, killing two people. => Turkey
Turkey
Turkiye
Turkish
Turkish military
Turkish army
Turkish Armed Forces
Erdogan @leader
Ankara @capital
Military Forces of Turkey
Military Forces of Turkey (2002

[Iran]
example = The IRGC fired missiles at targets in Erbil on Monday, the Guards said. => Iran
Iran
Iranian
Iranians
IRGC
Revolutionary Guards
Revolutionary Guard
Islamic Revolutionary Guard Corps
Revolutionary Guard Corps
Quds Force
Tehran @capital
Military Forces of Iran
Military Forces of Iran (1989

[Pakistan]
example = Pakistani military jets struck hideouts in Khost on Monday, killing eight people. => Pakistan
Pakistan
Pakistani
Pakistani military
Pakistan Army
Pakistan Air Force
Pakistani security forces
Pakistan's security forces
Islamabad @capital
Military Forces of Pakistan
Military Forces of Pakistan (2022
Military Forces of Pakistan (2024
# PAF: the Pakistan Air Force near Pakistan, the Philippine Air Force in the Philippines
PAF @PK @AF @IN @IR

[Afghanistan]
example = Afghan border forces shelled Pakistani posts near Chaman on Monday. => Afghanistan
Afghan forces
Afghan army
Afghan troops
Afghan military
Afghan National Army
Afghan air force
Afghan security forces
Afghan border forces
Afghan border guards
Afghanistan's army
Afghanistan's forces
Kabul @capital
Military Forces of Afghanistan
Military Forces of Afghanistan (2021
# the state's forces only before a force word (words.lex [actor.force_word]): "Afghan army"
Afghan @forces
Afghanistan's @forces

[India]
example = Indian forces fired artillery across the Line of Control near Uri on Monday. => India
example = IAF jets struck targets near Muzaffarabad on Wednesday. => India
India
Indian
Indian army
Indian forces
Indian military
Indian Air Force
Indian troops
New Delhi @capital
Military Forces of India
Military Forces of India (2014
IAF @IN @PK

[Azerbaijan]
example = Azerbaijani artillery shelled Armenian positions near Jermuk on Monday. => Azerbaijan
Azerbaijan
Azerbaijani
Azeri
Baku @capital

[Armenia]
example = Armenian forces shelled Azerbaijani positions near Lachin on Monday, killing a soldier. => Armenia
Armenia
Armenian
Yerevan @capital

[Thailand]
example = Thai warplanes bombed Cambodian positions near the border on Monday. => Thailand
Thai army
Thai military
Thai armed forces
Thai forces
Thai troops
Thai air force
Thai warplane
Thai warplanes
Thai jets
Thai fighter jets
Thai aircraft
Thai drone
Thai drones
Thai airstrike
Thai airstrikes
Thai air strike
Thai air strikes
Thailand's army
Thailand's military
Thailand's armed forces
Thailand's forces
Thailand's troops
Thailand's air force
Royal Thai Army
Royal Thai Air Force
Thai F-16
Thai F-16s
# the state's forces only before a force word (words.lex [actor.force_word]): "Thai army"
Thai @forces
Thailand's @forces

[Cambodia]
example = Cambodian troops fired rockets into Surin province on Monday, killing two villagers. => Cambodia
Cambodian army
Cambodian military
Cambodian armed forces
Cambodian forces
Cambodian troops
Cambodian air force
Cambodian warplane
Cambodian warplanes
Cambodian jets
Cambodian fighter jets
Cambodian aircraft
Cambodian drone
Cambodian drones
Cambodian airstrike
Cambodian airstrikes
Cambodian air strike
Cambodian air strikes
Cambodia's army
Cambodia's military
Cambodia's armed forces
Cambodia's forces
Cambodia's troops
Cambodia's air force
Royal Cambodian Armed Forces
# the state's forces only before a force word (words.lex [actor.force_word]): "Cambodian army"
Cambodian @forces
Cambodia's @forces

[Sudan]
example = The Sudanese Armed Forces carried out an airstrike on a market in Nyala on Monday, killing 12 people. => Sudan
Sudanese Armed Forces
Sudan Armed Forces
SAF
Sudan army
Sudanese government
Sudanese government forces
Sudanese junta
Sudan's junta
Sudanese army
Sudanese military
Sudanese forces
Sudanese troops
Sudanese air force
Sudanese warplane
Sudanese warplanes
Sudanese jets
Sudanese fighter jets
Sudanese aircraft
Sudanese airstrike
Sudanese airstrikes
Sudanese air strike
Sudanese air strikes
Sudan's army
Sudan's military
Sudan's armed forces
Sudan's forces
Sudan's troops
Sudan's air force
al-Burhan @leader
Abdel Fattah al-Burhan @leader
Military Forces of Sudan
Military Forces of Sudan (2019
# the state's forces only before a force word (words.lex [actor.force_word]): "Sudanese army"
Sudanese @forces
Sudan's @forces

[South Sudan]
example = The SSPDF bombed a village in Nasir county on Monday, killing six people. => South Sudan
South Sudan People's Defence Forces
South Sudan People's Defense Forces
SSPDF
South Sudan army
South Sudanese army
South Sudanese military
South Sudanese armed forces
South Sudanese forces
South Sudanese troops
South Sudanese air force
South Sudan's army
South Sudan's military
South Sudan's armed forces
South Sudan's forces
South Sudan's troops
South Sudan's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "South Sudanese army"
South Sudanese @forces
South Sudan's @forces

[Somalia]
example = The Somali National Army shelled al-Shabaab positions near Jowhar on Monday. => Somalia
example = SNA troops shelled al-Shabaab positions near Jilib on Monday. => Somalia
Somali National Army
Somali National Armed Forces
SNAF
Somali government forces
Somali security forces
Somali Police Force
Somali police
Danab
Danab forces
Danab special forces
Somali army
Somali military
Somali armed forces
Somali forces
Somali troops
Somali air force
Somali warplane
Somali warplanes
Somali jets
Somali fighter jets
Somali aircraft
Somali airstrike
Somali airstrikes
Somali air strike
Somali air strikes
Somalia's army
Somalia's military
Somalia's armed forces
Somalia's forces
Somalia's troops
Somalia's air force
Military Forces of Somalia
Military Forces of Somalia (2017
Military Forces of Somalia (2022
# the state's forces only before a force word (words.lex [actor.force_word]): "Somali army"
Somali @forces
Somalia's @forces
# SNA is the Somali National Army in Somalia, the Syrian National Army in Syria
SNA @SO @KE

[Ethiopia]
example = The Ethiopian army carried out a drone strike on a market in Amhara on Monday, killing ten people. => Ethiopia
Ethiopian government
Ethiopian National Defense Force
Ethiopian National Defence Force
ENDF
Ethiopian federal forces
Ethiopian army
Ethiopian military
Ethiopian armed forces
Ethiopian forces
Ethiopian troops
Ethiopian air force
Ethiopian warplane
Ethiopian warplanes
Ethiopian jets
Ethiopian fighter jets
Ethiopian aircraft
Ethiopian drone
Ethiopian drones
Ethiopian airstrike
Ethiopian airstrikes
Ethiopian air strike
Ethiopian air strikes
Ethiopia's army
Ethiopia's military
Ethiopia's armed forces
Ethiopia's forces
Ethiopia's troops
Ethiopia's air force
Military Forces of Ethiopia
Military Forces of Ethiopia (2018
# the state's forces only before a force word (words.lex [actor.force_word]): "Ethiopian army"
Ethiopian @forces
Ethiopia's @forces

[Eritrea]
example = Eritrean troops shelled a village in Tigray on Monday, killing three farmers. => Eritrea
Eritrean army
Eritrean military
Eritrean armed forces
Eritrean forces
Eritrean troops
Eritrean air force
Eritrea's army
Eritrea's military
Eritrea's armed forces
Eritrea's forces
Eritrea's troops
Eritrea's air force
Eritrean Defence Forces
Eritrean Defense Forces
# the state's forces only before a force word (words.lex [actor.force_word]): "Eritrean army"
Eritrean @forces
Eritrea's @forces
# EDF: the Eritrean Defence Forces in Ethiopia and Eritrea
EDF @ET @ER

[Kenya]
example = The Kenya Defence Forces carried out an airstrike on a militant camp near Kismayo on Monday. => Kenya
Kenya Defence Forces
Kenya Defense Forces
KDF
Kenyan army
Kenyan military
Kenyan armed forces
Kenyan forces
Kenyan troops
Kenyan air force
Kenyan warplane
Kenyan warplanes
Kenyan jets
Kenyan fighter jets
Kenyan aircraft
Kenyan drone
Kenyan drones
Kenyan airstrike
Kenyan airstrikes
Kenyan air strike
Kenyan air strikes
Kenya's army
Kenya's military
Kenya's armed forces
Kenya's forces
Kenya's troops
Kenya's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "Kenyan army"
Kenyan @forces
Kenya's @forces

[Uganda]
example = The UPDF shelled rebel camps in Ituri on Monday, the army said. => Uganda
Uganda People's Defence Force
Uganda People's Defence Forces
Uganda People's Defense Force
Uganda People's Defense Forces
UPDF
Ugandan army
Ugandan military
Ugandan armed forces
Ugandan forces
Ugandan troops
Ugandan air force
Ugandan warplane
Ugandan warplanes
Ugandan jets
Ugandan fighter jets
Ugandan aircraft
Ugandan drone
Ugandan drones
Ugandan airstrike
Ugandan airstrikes
Ugandan air strike
Ugandan air strikes
Uganda's army
Uganda's military
Uganda's armed forces
Uganda's forces
Uganda's troops
Uganda's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "Ugandan army"
Ugandan @forces
Uganda's @forces

[Rwanda]
example = The Rwandan army fired mortar rounds into Goma on Monday, killing two people. => Rwanda
Rwanda Defence Force
Rwanda Defence Forces
Rwandan Defence Force
Rwanda Defense Force
Rwandan army
Rwandan military
Rwandan armed forces
Rwandan forces
Rwandan troops
Rwandan air force
Rwanda's army
Rwanda's military
Rwanda's armed forces
Rwanda's forces
Rwanda's troops
Rwanda's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "Rwandan army"
Rwandan @forces
Rwanda's @forces
# RDF: the Rwanda Defence Force in Rwanda and Congo
RDF @RW @CD

[DR Congo]
example = The FARDC bombed rebel positions near Sake on Monday, killing four fighters. => DR Congo
FARDC
Armed Forces of the Democratic Republic of the Congo
Armed Forces of the Democratic Republic of Congo
DRC army
DRC forces
DRC military
DR Congo army
DR Congo forces
DR Congo military
Congolese army
Congolese military
Congolese armed forces
Congolese forces
Congolese troops
Congolese air force
Congolese warplane
Congolese warplanes
Congolese jets
Congolese fighter jets
Congolese aircraft
Congolese drone
Congolese drones
Congolese airstrike
Congolese airstrikes
Congolese air strike
Congolese air strikes
DR Congo's army
DR Congo's military
DR Congo's armed forces
DR Congo's forces
DR Congo's troops
DR Congo's air force
DRC's army
DRC's military
DRC's armed forces
DRC's forces
DRC's troops
DRC's air force
Congo's army
Congo's military
Congo's armed forces
Congo's forces
Congo's troops
Congo's air force
Military Forces of the Democratic Republic of Congo
Military Forces of the Democratic Republic of Congo (2019
Military Forces of the Democratic Republic of the Congo
Military Forces of the Democratic Republic of the Congo (2019
# the state's forces only before a force word (words.lex [actor.force_word]): "Congolese army"
Congolese @forces
DRC's @forces

[Nigeria]
example = The Nigerian Air Force carried out an airstrike on a camp in Borno on Monday. => Nigeria
Nigerian Air Force
Nigeria Air Force
NAF
Nigerian navy
Nigerian police
Nigeria Police Force
Nigerian Police Force
Operation Hadin Kai
Operation Fansan Yamma
Nigerian army
Nigerian military
Nigerian armed forces
Nigerian forces
Nigerian troops
Nigerian warplane
Nigerian warplanes
Nigerian jets
Nigerian fighter jets
Nigerian aircraft
Nigerian drone
Nigerian drones
Nigerian airstrike
Nigerian airstrikes
Nigerian air strike
Nigerian air strikes
Nigeria's army
Nigeria's military
Nigeria's armed forces
Nigeria's forces
Nigeria's troops
Nigeria's air force
Military Forces of Nigeria
Military Forces of Nigeria (2015
Military Forces of Nigeria (2023
Police Forces of Nigeria
Police Forces of Nigeria (2015
Police Forces of Nigeria (2023
# the state's forces only before a force word (words.lex [actor.force_word]): "Nigerian army"
Nigerian @forces
Nigeria's @forces

[Mali]
example = The Malian army carried out a drone strike on a market in Kidal on Monday, killing eight civilians. => Mali
FAMa
Malian Armed Forces
Forces Armees Maliennes
Malian junta
Mali's junta
Malian army
Malian military
Malian forces
Malian troops
Malian air force
Malian warplane
Malian warplanes
Malian jets
Malian fighter jets
Malian aircraft
Malian drone
Malian drones
Malian airstrike
Malian airstrikes
Malian air strike
Malian air strikes
Mali's army
Mali's military
Mali's armed forces
Mali's forces
Mali's troops
Mali's air force
Military Forces of Mali
Military Forces of Mali (2021
# the state's forces only before a force word (words.lex [actor.force_word]): "Malian army"
Malian @forces
Mali's @forces

[Burkina Faso]
example = The Burkinabe army carried out a drone strike on a village near Djibo on Monday. => Burkina Faso
Burkina Faso army
Burkina Faso military
Burkina Faso forces
Burkinabe junta
Burkina Faso's junta
Burkina's junta
Burkinabe army
Burkinabe military
Burkinabe armed forces
Burkinabe forces
Burkinabe troops
Burkinabe air force
Burkinabe warplane
Burkinabe warplanes
Burkinabe jets
Burkinabe fighter jets
Burkinabe aircraft
Burkinabe drone
Burkinabe drones
Burkinabe airstrike
Burkinabe airstrikes
Burkinabe air strike
Burkinabe air strikes
Burkina Faso's army
Burkina Faso's military
Burkina Faso's armed forces
Burkina Faso's forces
Burkina Faso's troops
Burkina Faso's air force
Burkina's army
Burkina's military
Burkina's armed forces
Burkina's forces
Burkina's troops
Burkina's air force
Military Forces of Burkina Faso
Military Forces of Burkina Faso (2015
Military Forces of Burkina Faso (2022
# the state's forces only before a force word (words.lex [actor.force_word]): "Burkinabe army"
Burkinabe @forces
Burkinabé @forces
Burkina Faso's @forces
Burkina's @forces

[Niger]
example = The Nigerien army carried out airstrikes on a camp near Tillaberi on Monday. => Niger
Niger army
Nigerien junta
Niger's junta
Nigerien army
Nigerien military
Nigerien armed forces
Nigerien forces
Nigerien troops
Nigerien air force
Nigerien warplane
Nigerien warplanes
Nigerien jets
Nigerien fighter jets
Nigerien aircraft
Nigerien drone
Nigerien drones
Nigerien airstrike
Nigerien airstrikes
Nigerien air strike
Nigerien air strikes
Niger's army
Niger's military
Niger's armed forces
Niger's forces
Niger's troops
Niger's air force
Military Forces of Niger
Military Forces of Niger (2021
Military Forces of Niger (2023
# the state's forces only before a force word (words.lex [actor.force_word]): "Nigerien army"
Nigerien @forces
Niger's @forces

[Chad]
example = Chadian warplanes bombed a rebel column near Kouri Bougoudi on Monday. => Chad
Chadian army
Chadian military
Chadian armed forces
Chadian forces
Chadian troops
Chadian air force
Chadian warplane
Chadian warplanes
Chadian jets
Chadian fighter jets
Chadian aircraft
Chadian drone
Chadian drones
Chadian airstrike
Chadian airstrikes
Chadian air strike
Chadian air strikes
Chad's army
Chad's military
Chad's armed forces
Chad's forces
Chad's troops
Chad's air force
Military Forces of Chad
Military Forces of Chad (2021
# the state's forces only before a force word (words.lex [actor.force_word]): "Chadian army"
Chadian @forces
Chad's @forces

[Cameroon]
example = Cameroonian troops shelled a separatist camp near Bamenda on Monday. => Cameroon
Cameroon army
Cameroonian army
Cameroonian military
Cameroonian armed forces
Cameroonian forces
Cameroonian troops
Cameroonian air force
Cameroonian warplane
Cameroonian warplanes
Cameroonian jets
Cameroonian fighter jets
Cameroonian aircraft
Cameroonian drone
Cameroonian drones
Cameroonian airstrike
Cameroonian airstrikes
Cameroonian air strike
Cameroonian air strikes
Cameroon's army
Cameroon's military
Cameroon's armed forces
Cameroon's forces
Cameroon's troops
Cameroon's air force
Military Forces of Cameroon
Military Forces of Cameroon (1982
# the state's forces only before a force word (words.lex [actor.force_word]): "Cameroonian army"
Cameroonian @forces
Cameroon's @forces

[Mozambique]
example = Mozambican troops shelled an insurgent base near Mocimboa da Praia on Monday. => Mozambique
Mozambican army
Mozambican military
Mozambican armed forces
Mozambican forces
Mozambican troops
Mozambican air force
Mozambique's army
Mozambique's military
Mozambique's armed forces
Mozambique's forces
Mozambique's troops
Mozambique's air force
Military Forces of Mozambique
Military Forces of Mozambique (2015
Military Forces of Mozambique (2025
# the state's forces only before a force word (words.lex [actor.force_word]): "Mozambican army"
Mozambican @forces
Mozambique's @forces

[Libya]
example = Libyan government forces carried out a drone strike on a smuggling boat near Zawiya on Monday. => Libya
Libyan government forces
Government of National Unity
GNU forces
Tripoli government forces
Military Forces of Libya
Military Forces of Libya (2021
# the state's forces only before a force word (words.lex [actor.force_word]): "Libyan army"
Libyan @forces
Libya's @forces

[Morocco]
example = A Moroccan drone struck a truck near Tifariti on Monday, killing two men. => Morocco
Royal Moroccan Armed Forces
Moroccan drone
Moroccan drones
Moroccan army
Moroccan military
Moroccan armed forces
Moroccan forces
Moroccan troops
Moroccan air force
Morocco's army
Morocco's military
Morocco's armed forces
Morocco's forces
Morocco's troops
Morocco's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "Moroccan army"
Moroccan @forces

[Central African Republic]
example = Central African troops shelled a rebel camp near Bambari on Monday. => Central African Republic
FACA
Central African Armed Forces
Central African army
Central African military
Central African forces
Central African troops
Central African air force
Central African Republic's army
Central African Republic's military
Central African Republic's armed forces
Central African Republic's forces
Central African Republic's troops
Central African Republic's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "Central African army"
Central African @forces

[3R]
example = 3R fighters fired rockets at a village near Bocaranga on Monday, killing two herders. => 3R
3R
Return, Reclamation and Rehabilitation

# CPC alone is left out: the Communist Party of China
[Coalition of Patriots for Change]
example = The Coalition of Patriots for Change attacked an army post with mortars near Bossangoa on Monday. => Coalition of Patriots for Change
Coalition of Patriots for Change

[SPLM-N]
example = The SPLM-N shelled Kadugli on Monday, killing four civilians. => SPLM-N
SPLM-N
Sudan People's Liberation Movement-North
Sudan People's Liberation Movement North

# Cameroon's Anglophone separatists; their 'ADF' collides with the Allied Democratic Forces' ADF
[Ambazonian separatists]
example = Ambazonian separatists set off a roadside bomb near Bamenda on Monday, killing two soldiers. => Ambazonian separatists
Ambazonian separatists
Ambazonian separatist
Ambazonian fighters
Ambazonia Defence Forces
Ambazonia Defense Forces
Amba fighters
Amba boys

[Ansaru]
example = Ansaru fighters set off a roadside bomb near Birnin Gwari on Monday, killing three soldiers. => Ansaru
Ansaru
Jama'atu Ansarul Muslimina fi Biladis Sudan

# Mali's Tuareg-led rebels (FLA since November 2024, before it the CSP-DPA)
[Azawad Liberation Front]
example = The Azawad Liberation Front attacked an army convoy with drones near Kidal on Monday. => Azawad Liberation Front
Azawad Liberation Front
Front de Liberation de l'Azawad
CSP-DPA
Strategic Framework for the Defense of the People of Azawad

[Haiti]
example = The Haitian National Police carried out a drone strike on a gang base in Port-au-Prince on Monday. => Haiti
Haitian National Police
Haiti National Police
Haitian police
PNH
Haitian armed forces
Haitian army
Haitian government forces
Haitian security forces
# the state's forces only before a force word (words.lex [actor.force_word]): "Haitian army"
Haitian @forces

[Viv Ansanm]
example = Viv Ansanm gangs threw grenades at a police station in Port-au-Prince on Monday. => Viv Ansanm
Viv Ansanm

# India's Maoist insurgents (ACLED: CPI (Maoist)); the bare adjective 'Maoist' is left out
[CPI (Maoist)]
example = Maoist rebels set off a roadside bomb near Bijapur on Monday, killing two policemen. => CPI (Maoist)
Communist Party of India (Maoist
CPI (Maoist
CPI-Maoist
Maoists
Maoist rebels
Maoist insurgents
Naxals
Naxalites
suspected Maoists

# AFP alone is left out: Agence France-Presse
[Philippines]
example = The Philippine army shelled a rebel camp in Maguindanao on Monday. => Philippines
Armed Forces of the Philippines
Philippine army
Philippine military
Philippine Air Force
Philippine forces
Philippine troops
Filipino troops
Filipino soldiers
# the state's forces only before a force word (words.lex [actor.force_word]): "Philippine army"
Philippine @forces
Filipino @forces
PAF @PH

[New People's Army]
example = The New People's Army set off a landmine near an army patrol in Samar on Monday. => New People's Army
New People's Army
NPA

[Abu Sayyaf]
example = Abu Sayyaf militants threw a grenade at a market in Jolo on Monday, wounding five people. => Abu Sayyaf
Abu Sayyaf
Abu Sayyaf Group

[Bangsamoro Islamic Freedom Fighters]
example = BIFF fighters fired mortars at an army camp in Maguindanao on Monday. => Bangsamoro Islamic Freedom Fighters
Bangsamoro Islamic Freedom Fighters
BIFF

[Dawlah Islamiyah]
example = Dawlah Islamiyah militants set off a bomb at a bus terminal in Cotabato on Monday. => Dawlah Islamiyah
Dawlah Islamiyah
Dawlah Islamiya

[Colombia]
example = The Colombian army bombed a guerrilla camp in Guaviare on Monday, killing seven fighters. => Colombia
Colombian army
Colombian military
Colombian armed forces
Colombian forces
Colombian troops
Colombian air force
Colombia's army
Colombia's military
Colombia's armed forces
Colombia's forces
Colombia's troops
Colombia's air force
# the state's forces only before a force word (words.lex [actor.force_word]): "Colombian army"
Colombian @forces

[ELN]
example = ELN rebels attacked a military base with drones in Arauca on Monday, wounding four soldiers. => ELN
ELN
ELN guerrillas
ELN rebels
National Liberation Army (ELN

# EMC alone is left out (too many other EMCs)
[FARC dissidents]
example = FARC dissidents set off a car bomb near a police station in Jamundi on Monday. => FARC dissidents
FARC dissidents
FARC dissident
Estado Mayor Central
Central General Staff
Segunda Marquetalia

[CJNG]
example = The CJNG dropped explosives from drones on a village in Michoacan on Monday. => CJNG
CJNG
Jalisco New Generation Cartel
Jalisco Cartel

[Sinaloa Cartel]
example = The Sinaloa Cartel attacked a police convoy with drones near Culiacan on Monday. => Sinaloa Cartel
Sinaloa Cartel
Sinaloa cartel factions

[Myanmar]
example = The Myanmar military carried out an airstrike on a village in Sagaing on Monday, killing 11 people. => Myanmar
Myanmar military
Myanmar junta
Tatmadaw
Sit-tat
Myanmar army
Myanmar's junta
Burmese junta
State Administration Council
SAC troops
SAC forces
junta troops
junta forces
Min Aung Hlaing @leader
Myanmar armed forces
Myanmar forces
Myanmar troops
Myanmar air force
Myanmar warplane
Myanmar warplanes
Myanmar jets
Myanmar fighter jets
Myanmar aircraft
Myanmar airstrike
Myanmar airstrikes
Myanmar air strike
Myanmar air strikes
Burmese army
Burmese military
Burmese armed forces
Burmese forces
Burmese troops
Burmese air force
Burmese warplane
Burmese warplanes
Burmese jets
Burmese fighter jets
Burmese aircraft
Burmese airstrike
Burmese airstrikes
Burmese air strike
Burmese air strikes
Myanmar's army
Myanmar's military
Myanmar's armed forces
Myanmar's forces
Myanmar's troops
Myanmar's air force
Military Forces of Myanmar
Military Forces of Myanmar (2021
# the state's forces only before a force word (words.lex [actor.force_word]): "Myanmar army"
Myanmar @forces
Burmese @forces

[Hamas]
example = Hamas fired rockets at Ashkelon on Monday, wounding three people. => Hamas
Hamas
Qassam Brigades
al-Qassam Brigades
Ezzedine al-Qassam Brigades
Izz ad-Din al-Qassam Brigades
Izz al-Din al-Qassam Brigades
Izz el-Deen al-Qassam Brigades
Ezzedine al-Qassam
al-Qassam

[Palestinian Islamic Jihad]
example = Islamic Jihad fired rockets at Sderot on Monday, the army said. => Palestinian Islamic Jihad
Islamic Jihad
Palestinian Islamic Jihad
PIJ
Al-Quds Brigades
Quds Brigades
Saraya al-Quds

[Hezbollah]
example = Hezbollah fired rockets at Kiryat Shmona on Monday, wounding two people. => Hezbollah
Hezbollah
Hizbollah
Hizbullah
Hizballah
Hezbullah
Lebanese Hezbollah
Islamic Resistance in Lebanon
Radwan Force

[Houthis]
example = The Houthis fired a ballistic missile at Eilat on Monday. => Houthis
Houthi
Houthis
Houthi rebels
Houthi forces
Houthi movement
Houthi militia
Houthi militias
Ansar Allah
Ansarullah
Yemen's Houthis
Yahya Saree @leader
Yahya Sarea @leader
Abdul Malik al-Houthi @leader

# "Iran-backed militias" in Iraq and Syria reporting: the militias' umbrella, not Iran itself
[Islamic Resistance in Iraq]
example = The Islamic Resistance in Iraq launched drones at a base in eastern Syria on Monday. => Islamic Resistance in Iraq
example = A rocket attack hit a base housing US troops north of Baghdad on Monday. Officials said an Iranian-backed group was responsible. => Islamic Resistance in Iraq
Islamic Resistance in Iraq
Islamic Resistance of Iraq
Iraqi Islamic Resistance
Iran-backed militia
Iran-backed militias
Iran-aligned militia
Iran-aligned militias
Iran-aligned groups
Iran-backed armed groups
Iran-aligned armed groups
# the same words in Iraq, Syria and Jordan only ("the Iran-backed group Hezbollah" in Lebanon)
Iranian-backed militia @IQ @SY @JO
Iranian-backed militias @IQ @SY @JO
Iranian-backed group @IQ @SY @JO
Iranian-backed groups @IQ @SY @JO
Iran-backed group @IQ @SY @JO
Iran-backed groups @IQ @SY @JO
Iranian-backed armed groups @IQ @SY @JO

[Kataib Hezbollah]
example = Kataib Hezbollah fired rockets at a base near Baghdad airport on Monday. => Kataib Hezbollah
Kataib Hezbollah
Kata'ib Hezbollah
Kataib Hizbollah
Kata'ib Hizballah
Kataib Hizballah
Kataeb Hezbollah

[Harakat al-Nujaba]
example = Harakat al-Nujaba launched a drone at a base in northern Iraq on Monday. => Harakat al-Nujaba
Harakat al-Nujaba
Harakat Hezbollah al-Nujaba
al-Nujaba

[Popular Mobilization Forces]
example = The Popular Mobilization Forces shelled a village near Tuz Khurmatu on Monday. => Popular Mobilization Forces
Popular Mobilization Forces
Popular Mobilisation Forces
Popular Mobilization Units
Popular Mobilisation Units
PMF
PMU
Hashd al-Shaabi
Hashd al-Shabi
al-Hashd al-Shaabi

[Hayat Tahrir al-Sham]
example = Hayat Tahrir al-Sham shelled government positions near Saraqib on Monday. => Hayat Tahrir al-Sham
Hayat Tahrir al-Sham
Hay'at Tahrir al-Sham
Tahrir al-Sham
HTS
Nusra Front
al-Nusra Front
Jabhat al-Nusra

[Syrian National Army]
example = The Syrian National Army shelled villages near Manbij on Monday, killing two civilians. => Syrian National Army
example = The SNA shelled villages near Manbij on Monday, killing two civilians. => Syrian National Army
Syrian National Army
Turkish-backed Syrian National Army
Turkish-backed factions
Turkish-backed fighters
Turkish-backed forces
Turkey-backed factions
Turkey-backed forces
SNA @SY @TR

[Syrian Democratic Forces]
example = The SDF shelled a village near Manbij on Monday, killing a farmer. => Syrian Democratic Forces
SDF
Syrian Democratic Forces
YPG
People's Protection Units

[PKK]
example = The PKK fired rockets at a Turkish base in Duhok on Monday. => PKK
PKK
Kurdistan Workers' Party
Kurdistan Workers Party
HPG

[Islamic State]
example = Islamic State fighters set off a car bomb in a market in Deir ez-Zor on Monday, killing six people. => Islamic State
Islamic State
ISIS
ISIL
IS
Daesh
Islamic State group
Islamic State of Iraq and Syria
Islamic State of Iraq and the Levant
suspected Islamic State
suspected ISIS

[ISWAP]
example = ISWAP fighters fired mortars at a military base in Monguno on Monday. => ISWAP
example = IS fighters fired mortars at a military base in Monguno, Borno State, on Monday. => ISWAP
ISWAP
Islamic State West Africa Province
Islamic State West African Province
Islamic State's West Africa Province
Islamic State West Africa
Islamic State in West Africa
IS West Africa
suspected ISWAP
# The Islamic State in Nigeria, Chad and Cameroon is its West Africa Province
Islamic State @NG @TD @CM
ISIS @NG @TD @CM
ISIL @NG @TD @CM
IS @NG @TD @CM
Daesh @NG @TD @CM
Islamic State group @NG @TD @CM
suspected Islamic State @NG @TD @CM
suspected ISIS @NG @TD @CM

[Islamic State Sahel]
example = Islamic State Sahel fighters set off a roadside bomb near Menaka on Monday. => Islamic State Sahel
example = Islamic State fighters set off a roadside bomb near Menaka on Monday, killing four soldiers. => Islamic State Sahel
Islamic State Sahel
Islamic State Sahel Province
Islamic State's Sahel Province
IS Sahel
ISSP
Islamic State in the Greater Sahara
Islamic State Greater Sahara
ISGS
EIGS
# The Islamic State in Mali, Burkina Faso and Niger is its Sahel Province
Islamic State @ML @BF @NE
ISIS @ML @BF @NE
ISIL @ML @BF @NE
IS @ML @BF @NE
Daesh @ML @BF @NE
Islamic State group @ML @BF @NE
suspected Islamic State @ML @BF @NE
suspected ISIS @ML @BF @NE

[Islamic State Khorasan]
example = Islamic State Khorasan claimed a suicide bombing at a mosque in Peshawar on Monday that killed 20 people. => Islamic State Khorasan
Islamic State Khorasan
Islamic State Khorasan Province
Islamic State-Khorasan
Islamic State in Khorasan
IS-K
ISIS-K
ISIS-Khorasan
IS-Khorasan
ISKP
# Not scoped: the team's annotation names the Islamic State in Afghanistan
# "Islamic State" when the text says so (tests/gold/tools/docs_notes.py)

[Islamic State Somalia]
example = Islamic State Somalia fighters set off a roadside bomb in Puntland on Monday. => Islamic State Somalia
example = ISIS fighters set off a roadside bomb near Bosaso in Puntland on Monday. => Islamic State Somalia
Islamic State Somalia
Islamic State Somalia Province
Islamic State in Somalia
IS Somalia
ISIS-Somalia
# The Islamic State in Somalia
Islamic State @SO
ISIS @SO
ISIL @SO
IS @SO
Daesh @SO
Islamic State group @SO
suspected Islamic State @SO
suspected ISIS @SO

[Al-Qaeda]
example = AQIM fighters set off a roadside bomb near Timbuktu on Monday, killing four soldiers. => Al-Qaeda
al-Qaeda
al-Qaida
al-Qa'ida
Al-Qaeda in the Islamic Maghreb
AQIM

[AQAP]
example = AQAP fighters launched a drone attack on a checkpoint in Abyan on Monday. => AQAP
example = Al-Qaeda militants set off a car bomb at a checkpoint in Zinjibar on Monday, killing four soldiers. => AQAP
AQAP
al-Qaeda in the Arabian Peninsula
al-Qaida in the Arabian Peninsula
# al-Qaeda in Yemen is AQAP
al-Qaeda @YE
al-Qaida @YE
Al Qaeda @YE
suspected al-Qaeda @YE

[JNIM]
example = JNIM fighters fired mortars at an army camp near Kayes on Monday. => JNIM
example = Al-Qaeda-linked fighters set off a roadside bomb near Djibo on Monday, killing five soldiers. => JNIM
JNIM
Jama'at Nusrat al-Islam wal-Muslimin
Jamaat Nusrat al-Islam wal-Muslimin
Jama'at Nusrat al-Islam wal-Muslimeen
Jamaat Nusrat al-Islam wal-Muslimeen
Group for the Support of Islam and Muslims
Support Group for Islam and Muslims
GSIM
Katiba Macina
suspected JNIM
# al-Qaeda in Mali, Burkina Faso and Niger is JNIM
al-Qaeda @ML @BF @NE
al-Qaida @ML @BF @NE
Al Qaeda @ML @BF @NE
suspected al-Qaeda @ML @BF @NE

[Al Shabaab]
example = Al-Shabab fighters fired mortars at the airport in Mogadishu on Monday. => Al Shabaab
example = Al-Qaeda militants set off a car bomb in Mogadishu on Monday, killing five people. => Al Shabaab
Al Shabaab
Al-Shabab
Shabaab
Shabab
Harakat al-Shabaab al-Mujahideen
suspected al-Shabaab
suspected Al Shabab
# al-Qaeda in Somalia and Kenya is Al Shabaab
al-Qaeda @SO @KE
al-Qaida @SO @KE
Al Qaeda @SO @KE
suspected al-Qaeda @SO @KE

[Boko Haram]
example = Boko Haram fighters set off a bomb at a market in Maiduguri on Monday, killing nine people. => Boko Haram
Boko Haram
Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
Jamaatu Ahlis Sunna Liddaawati wal-Jihad
suspected Boko Haram

[Lakurawa]
example = Lakurawa fighters set off a roadside bomb near Tangaza on Monday, killing three soldiers. => Lakurawa
Lakurawa
suspected Lakurawa

# Mozambique's Cabo Delgado insurgents; IS calls them its Mozambique Province
[Ansar al-Sunna]
example = Ansar al-Sunna fighters set off a roadside bomb near Macomia on Monday. => Ansar al-Sunna
example = Al-Shabab insurgents set off a roadside bomb near Macomia on Monday, killing three soldiers. => Ansar al-Sunna
Ansar al-Sunna
Ansar al-Sunnah
Ahlu Sunnah Wal Jamaa
Ahlu Sunna Wal Jama'a
Islamic State Mozambique
Islamic State Mozambique Province
Islamic State's Mozambique Province
# In Cabo Delgado the Islamic State, and the locals' "al-Shabaab", are these insurgents
Islamic State @MZ
ISIS @MZ
ISIL @MZ
IS @MZ
Daesh @MZ
Islamic State group @MZ
suspected Islamic State @MZ
suspected ISIS @MZ
Al Shabaab @MZ
Al-Shabab @MZ
Shabaab @MZ
Shabab @MZ
suspected al-Shabaab @MZ

[Taliban]
example = Taliban forces fired mortars at Pakistani border posts on Monday. => Taliban
Taliban
Afghan Taliban

# "khwarij"/"Fitna al-Khawarij": the Pakistani military's (ISPR) name for the TTP since 2024
[Tehreek-i-Taliban Pakistan]
example = Tehreek-e-Taliban Pakistan claimed a suicide bombing at a police station in Bannu on Monday. => Tehreek-i-Taliban Pakistan
Tehreek-i-Taliban Pakistan
Tehreek-e-Taliban Pakistan
Tehrik-i-Taliban Pakistan
Tehrik-e-Taliban Pakistan
Tehreek-i-Taliban
Tehreek-e-Taliban
Tehrik-i-Taliban
Tehrik-e-Taliban
TTP
Pakistani Taliban
Fitna al-Khawarij
khawarij
khwarij
suspected TTP

[Balochistan Liberation Army]
example = The Balochistan Liberation Army set off a roadside bomb near Quetta on Monday, killing five soldiers. => Balochistan Liberation Army
Balochistan Liberation Army
Baluchistan Liberation Army
Baloch Liberation Army
BLA
Majeed Brigade

[Balochistan Liberation Front]
example = The Balochistan Liberation Front set off a roadside bomb near Turbat on Monday. => Balochistan Liberation Front
Balochistan Liberation Front
Baluchistan Liberation Front
Baloch Liberation Front
BLF

[Jaish al-Adl]
example = Jaish al-Adl fighters set off a bomb near a police station in Zahedan on Monday. => Jaish al-Adl
Jaish al-Adl
Jaish ul-Adl
Jaysh al-Adl

[Jaish-ul-Fursan]
example = Jaish-ul-Fursan fighters threw grenades at a police post in Zahedan on Monday. => Jaish-ul-Fursan
Jaish-ul-Fursan
Jaish al-Fursan
Jaysh al-Fursan

[Jaish-e-Mohammed]
example = Jaish-e-Mohammed militants threw a grenade at a police post in Srinagar on Monday. => Jaish-e-Mohammed
Jaish-e-Mohammed
Jaish-e-Mohammad
Jaish-e-Muhammad

[Lashkar-e-Taiba]
example = Lashkar-e-Taiba militants threw a grenade at a bus stand in Srinagar on Monday. => Lashkar-e-Taiba
Lashkar-e-Taiba
Lashkar-e-Toiba
Lashkar-e-Tayyiba

[Rapid Support Forces]
example = The Rapid Support Forces shelled El Fasher on Monday, killing 15 civilians. => Rapid Support Forces
Rapid Support Forces
RSF @SD @TD @SS
paramilitary Rapid Support Forces
Hemedti @leader
Mohamed Hamdan Dagalo @leader
Dagalo @leader
# "RSF" names a Sudanese force only in Sudan (and Chad, its rear base)

[M23]
example = M23 rebels shelled a camp for displaced people near Goma on Monday. => M23
M23
M23 rebels
AFC/M23
March 23 Movement
Alliance Fleuve Congo
Congo River Alliance

# IS claims the ADF's attacks as its Central Africa Province (ISCAP)
[ADF]
example = ADF rebels set off a bomb in a church near Beni on Monday, killing seven people. => ADF
example = Islamic State militants set off a bomb in a church near Beni on Monday, killing seven people. => ADF
ADF
Allied Democratic Forces
Islamic State Central Africa Province
ISCAP
suspected ADF
# The Islamic State in Congo and Uganda is the ADF (its Central Africa Province)
Islamic State @CD @UG
ISIS @CD @UG
ISIL @CD @UG
IS @CD @UG
Daesh @CD @UG
Islamic State group @CD @UG
suspected Islamic State @CD @UG
suspected ISIS @CD @UG

[CODECO]
example = CODECO militiamen set off a bomb at a camp for displaced people near Bunia on Monday. => CODECO
CODECO
Cooperative for the Development of Congo
CODECO militia

# Myanmar's anti-junta militias. "PDF" alone is left out: the file format. Listed after the
# longer names that contain it (Uganda People's Defence Force, South Sudan People's Defence Forces).
[People's Defence Force]
example = PDF fighters attacked a police station with drones in Sagaing on Monday. => People's Defence Force
People's Defence Force
People's Defense Force
People's Defence Forces
People's Defense Forces
PDF forces
PDF fighters
PDF troops
PDF units
PDF unit
PDF drone
PDF drones
NUG forces

[Arakan Army]
example = The Arakan Army shelled a navy base near Sittwe on Monday. => Arakan Army
Arakan Army

[Kachin Independence Army]
example = The Kachin Independence Army shelled a junta base near Bhamo on Monday. => Kachin Independence Army
Kachin Independence Army
Kachin Independence Organisation
Kachin Independence Organization
KIO

[TNLA]
example = The TNLA shelled a junta base near Kyaukme on Monday. => TNLA
TNLA
Ta'ang National Liberation Army
Taang National Liberation Army

[MNDAA]
example = The MNDAA shelled a junta base near Lashio on Monday. => MNDAA
MNDAA
Myanmar National Democratic Alliance Army

[Karen National Liberation Army]
example = The KNLA attacked a junta base with drones near Myawaddy on Monday. => Karen National Liberation Army
Karen National Liberation Army
KNLA
Karen National Union
KNU

[Karenni Nationalities Defence Force]
example = The KNDF attacked a junta post with drones near Loikaw on Monday. => Karenni Nationalities Defence Force
Karenni Nationalities Defence Force
Karenni Nationalities Defense Force
KNDF

[Fano]
example = Fano militiamen shelled an army camp near Gondar on Monday. => Fano
Fano
Fano militia
Fano militiamen
Amhara Fano

[Tigray forces]
example = Tigray forces shelled positions near Alamata on Monday. => Tigray forces
Tigray forces
Tigrayan forces
Tigray Defence Forces
Tigray Defense Forces
TPLF
Tigray People's Liberation Front
# TDF: the Tigray Defence Forces in Ethiopia and Eritrea (Ukraine's Territorial Defence Forces elsewhere)
TDF @ET @ER

[Oromo Liberation Army]
example = The Oromo Liberation Army set off a roadside bomb near Nekemte on Monday. => Oromo Liberation Army
Oromo Liberation Army
OLA

[Wagner Group]
example = Wagner fighters carried out a drone strike on a village near Kidal on Monday. => Wagner Group
Wagner
Wagner Group
Wagner PMC
PMC Wagner
Africa Corps
Russian Africa Corps
Russian mercenaries

[Polisario]
example = The Polisario Front fired rockets at a Moroccan post near Mahbes on Monday. => Polisario
Polisario
Polisario Front
Sahrawi People's Liberation Army

[Libyan National Army]
example = The Libyan National Army carried out a drone strike on a base near Zawiya on Monday. => Libyan National Army
Libyan National Army
LNA
Libyan Arab Armed Forces
LAAF
Haftar @leader
Khalifa Haftar @leader

[DPR]
example = DPR forces shelled a village near Horlivka on Monday, killing a woman. => DPR
DPR
Donetsk People's Republic
separatists
pro-Russian separatists

[LPR]
example = LPR forces shelled a village near Popasna on Monday, wounding two men. => LPR
LPR
Luhansk People's Republic

# The forces of the state where the strike happened, written without naming
# the state: "government forces shelled", "junta aircraft bombed", "the army
# struck". salvo reports the actor as that state: the section above whose name
# is the country of the strike's place (or of the article, when the strike has
# no place), e.g. Syria, Sudan, Mali. With no country at all the actor is null.
[state forces]
note = the forces of the state where the strike was (actor.state_of_place)
example = Government forces shelled a village near El Obeid on Monday, killing four civilians. => Sudan
example = Military jets bombed a market in Kabkabiya, North Darfur, on Monday, killing 15 people. => Sudan
example = Warplanes struck a village near Maarat al-Numan in Idlib province on Monday, killing four civilians. => Syria
example = The air force bombed militant hideouts near Miranshah on Monday, killing 12. => Pakistan
example = Security forces shelled a village near Djibo on Monday, killing two civilians. => Burkina Faso
example = Warplanes struck a village near Maarat al-Numan on Monday; Russia has backed the offensive. => -
example = Israel said its warplanes struck a Hezbollah depot near Nabatieh on Monday. => Israel
example = The army shelled a house in Khan Younis on Monday, killing three people. => Israel
example = Russian warplanes struck a village near Maarat al-Numan on Monday, killing four. => Russia
government
regime
army
government forces
government troops
government soldiers
government warplanes
government aircraft
government jets
government helicopters
government artillery
government drones
pro-government forces
junta
junta forces
junta troops
junta aircraft
junta warplanes
military junta
the army
army troops
army artillery
army warplanes
army drones
army helicopters
the military
# These name the state's forces only in an article that names no other country
# ("Military jets bombed a market in Kabkabiya": Sudan; "Russian warplanes",
# or "warplanes" in an article on the war in Ukraine that names Russia, are
# not the state of the place) (@one_state)
warplanes @one_state
warplane @one_state
military jets @one_state
military jet @one_state
fighter jets @one_state
jets @one_state
military aircraft @one_state
military helicopters @one_state
helicopter gunships @one_state
gunships @one_state
air force @one_state
military drones @one_state
armed forces @one_state
security forces @one_state
troops @one_state
soldiers @one_state

