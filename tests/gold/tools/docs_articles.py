"""(e) full-length articles written for this gold set (origin "articles").

Each document is an original text in the style of one outlet type (wire story with a dateline,
live blog, long-read feature, regional outlet, government/military statement, UN statement),
8-30 sentences, with the distractors real reporting carries (rhetoric, threats, denials, weapons
deliveries, air-raid alerts, undated background strikes, war-wide tolls, teasers, launch sites
and datelines that are not the strike place). Annotated from /work/shared/EVENTS.md and the
conventions in tests/gold/README.md only; places are GeoNames entries (ids < 0: Who's On First /
UNOSAT rows) chosen with geo.py. Four documents have no event.
"""
from docs_ucdp import E


def _p(*paragraphs):
    return '\n\n'.join(paragraphs)


# key: (name, country, admin1, geonames_id, lat, lon) -- only keys not already in places.P
PLACES = {
    'Izmail': ('Izmail', 'UA', 'Odesa', 707308, 45.35058, 28.83751),
    'Reni': ('Reni', 'UA', 'Odesa', 12129128, 45.45421, 28.27731),
    'Antonivka (Kherson)': ('Antonivka', 'UA', 'Kherson', 713304, 46.67666, 32.73061),
    'Zolochiv (Kharkiv)': ('Zolochiv', 'UA', 'Kharkiv', 686895, 50.27985, 35.98179),
    'Tsyrkuny': ('Tsirkuny', 'UA', 'Kharkiv', 691084, 50.0841, 36.38501),
    'Azov': ('Azov', 'RU', 'Rostov', 580054, 47.10779, 39.41648),
    'Shebekino': ('Shebekino', 'RU', 'Belgorod', 495112, 50.40967, 36.9136),
    'Novaya Tavolzhanka': ('Novaya Tavolzhanka', 'RU', 'Belgorod', 519473, 50.35123, 36.8298),
    'Tuapse': ('Tuapse', 'RU', 'Krasnodar', 480716, 44.1053, 39.0802),
    'Novorossiysk': ('Novorossiysk', 'RU', 'Krasnodar', 518255, 44.72439, 37.76752),
    'Nuseirat': ('Nuseirat', 'PS', 'Gaza Strip', 281109, 31.44861, 34.3925),
    'Al Mawasi (Khan Yunis)': ('Al Mawasi (Khan Yunis)', 'PS', 'Gaza Strip', -990000092, 31.37192, 34.28708),
    'Gaza City': ('Gaza City', 'PS', 'Gaza Strip', 281133, 31.50161, 34.46672),
    'Margaliot': ('Margaliyyot', 'IL', 'Northern District', 294341, 33.21472, 35.54499),
    'Kiryat Bialik': ('Kiryat Bialik', 'IL', 'Haifa', 293844, 32.8275, 35.08583),
    'Aita al-Shaab': ('A\u00efta ech Chaab', 'LB', 'Nabatieh', 277369, 33.09707, 35.33669),
    'Khiam': ('El Khiyam', 'LB', 'Nabatieh', 279727, 33.32778, 35.61278),
    'Shmustar': ('Chmist\u00e2r', 'LB', 'Baalbek-Hermel', 267305, 33.96472, 36.0175),
    'Bint Jbeil': ('Bent Jbail', 'LB', 'Nabatieh', 276592, 33.11944, 35.43333),
    'Homs': ('Homs', 'SY', 'Homs', 169577, 34.72682, 36.72339),
    'Sarmin': ('Sarmin', 'SY', 'Idlib', 164782, 35.90403, 36.72501),
    'Jisr al-Shughour': ('Jisr al-Shughour', 'SY', 'Idlib', 169023, 35.81418, 36.31983),
    'Ain al-Asad': ('Al Asad Airport', 'IQ', 'Al Anbar', -102542465, 33.8, 42.43333),
    'Harir': ('Harir', 'IQ', 'Erbil', 96046, 36.55393, 44.35411),
    'Jurf al-Sakhar': ('N\u0101\u1e29iyat Jurf a\u015f \u015eakhr', 'IQ', 'Babil', 95069, 32.8736, 44.19388),
    'Aden': ('Aden', 'YE', 'Aden', 415189, 12.77944, 45.03667),
    'Ras Isa': ('Ras Isa', 'YE', 'Al Hudaydah', 74406, 15.18854, 42.66246),
    'Nyala': ('Nyala', 'SD', 'South Darfur', 369004, 12.04888, 24.88069),
    'Mellit': ('Mellit', 'SD', 'North Darfur', 370181, 14.13333, 25.55),
    'Goma': ('Goma', 'CD', 'North Kivu', 216281, -1.67409, 29.22845),
    'Sake': ('Sake', 'CD', 'North Kivu', 205970, -1.57386, 29.04339),
    'Jilib': ('Jilib', 'SO', 'Middle Juba', 56166, 0.48829, 42.78535),
    'Afgoye': ('Afgoye', 'SO', 'Lower Shabeelle', 65785, 2.1381, 45.1212),
    'Tinzaouaten': ('Tinzaouaten', 'ML', 'Kidal', 2476086, 19.95427, 2.96732),
    'Djibo': ('Djibo', 'BF', 'Sahel', 2361177, 14.0994, -1.62554),
    'Arbinda': ('Arbinda', 'BF', 'Sahel', 2363174, 14.22963, -0.86537),
    'Konduga': ('Konduga', 'NG', 'Borno State', 2334044, 11.65331, 13.41787),
    'Bama': ('Bama', 'NG', 'Borno State', 2347954, 11.52134, 13.68952),
    'Myedu': ('Myedu', 'MM', 'Sagaing Region', 1308011, 23.17673, 95.39356),
    'Mindat': ('Mindat', 'MM', 'Chin State', 1309260, 21.36667, 93.98333),
    'Madaya': ('Madaya', 'MM', 'Mandalay Region', 1312649, 22.21148, 96.10387),
    'Khar': ('Khar', 'PK', 'Khyber Pakhtunkhwa', 1174089, 34.7361, 71.52739),
    'Mir Ali': ('Mir Ali', 'PK', 'Khyber Pakhtunkhwa', 1338912, 32.98325, 70.26101),
    'Bichena': ('Bichena', 'ET', 'Amhara', 342190, 10.45, 38.2),
    'Lalibela': ('Lalibela', 'ET', 'Amhara', 332288, 12.03219, 39.04756),
}

# key: (name, country, admin1, precision) -- only keys not already in places.R
REGIONS = {
    'Ivano-Frankivsk Oblast': ('Ivano-Frankivsk Oblast', 'UA', 'Ivano-Frankivsk', 'admin1'),
    'Kherson Oblast': ('Kherson Oblast', 'UA', 'Kherson', 'admin1'),
    'Belgorod Oblast': ('Belgorod Oblast', 'RU', 'Belgorod', 'admin1'),
    'Khost Province': ('Khost Province', 'AF', 'Khost', 'admin1'),
    'Yemen': ('Yemen', 'YE', None, 'country'),
}

DOCS = [
    # Wire story, KYIV dateline; wave over several places -> one record per place and kind; the
    # air force's country-wide totals make no country-level record because the wave names places
    # (EVENTS.md "a country-level record is made only when the wave names no place at all").
    # "Overnight into Thursday" -> Wednesday 2024-09-11 for every record of the wave ("the day the
    # night began"). Lviv: "at least four" in the lead, "had risen to six" later -> running toll
    # {6,6}. Kyiv: only drones named for the capital; debris damaged a car -> hit, target unknown
    # (car), "no one was hurt" -> {0,0}/{0,0}. Ivano-Frankivsk: region only -> admin1 record.
    # Bryansk: the Russian MoD's shoot-downs, "no casualties or damage" -> intercepted, {0,0}/{0,0}.
    dict(id='art-ap-ukraine-overnight-wave', pub='2024-09-12',
         title='Russian missile strike on Lviv kills 6 as Moscow again targets Ukraine\'s energy grid',
         text=_p(
             'KYIV, Ukraine (AP) \u2014 Russia fired dozens of missiles and drones at Ukraine overnight into Thursday, '
             'killing at least four people in the western city of Lviv and damaging energy facilities hundreds of '
             'miles from the front line, Ukrainian officials said.',
             'Ukraine\'s air force said Russia launched 38 missiles, including hypersonic Kinzhal missiles, and 65 '
             'Shahed-type drones in one of the largest attacks in weeks. Air defenses shot down 30 of the missiles and '
             '51 of the drones, it said.',
             'In Lviv, near the border with Poland, a missile slammed into a five-story residential building in the '
             'Sykhiv district, Mayor Andriy Sadovyi said. Rescuers pulled survivors from the rubble as smoke rose over '
             'the neighborhood.',
             'By Thursday afternoon, the death toll in Lviv had risen to six, among them a 7-year-old girl and her '
             'mother, Sadovyi said on Telegram. Nineteen people were wounded, three of them children, and several '
             'residents were still believed to be trapped under the debris.',
             '"Every Russian missile that hits our cities is an argument for our partners to lift the restrictions on '
             'long-range weapons," Ukrainian President Volodymyr Zelenskyy said on social media, repeating his appeal '
             'to allies to let Ukraine strike military targets deep inside Russia.',
             'In the capital, Kyiv, air defenses destroyed all the drones aimed at the city, according to Serhii Popko, '
             'head of the Kyiv city military administration. Falling debris damaged a car in the Holosiivskyi '
             'district, he said, but no one was hurt.',
             'In the western Ivano-Frankivsk region, missiles struck a critical infrastructure facility, Gov. Svitlana '
             'Onyshchuk said, without giving details. There were no casualties, she said. Ukraine\'s largest private '
             'energy company, DTEK, announced emergency power outages in several regions.',
             'Russia has repeatedly targeted Ukraine\'s power grid since the full-scale invasion began in February '
             '2022, and officials warn that the coming winter could be the hardest yet.',
             'Poland\'s Operational Command said it scrambled fighter jets early Thursday to protect its airspace, a '
             'standard procedure when Russia launches strikes on western Ukraine.',
             'The Russian Defense Ministry said it had carried out a "massive strike with high-precision long-range '
             'weapons" against facilities supporting Ukraine\'s military-industrial complex, and that all targets had '
             'been hit. It did not mention Lviv.',
             'The ministry also said its air defenses destroyed 12 Ukrainian drones over the Bryansk region, which '
             'borders Ukraine, overnight. Bryansk Gov. Alexander Bogomaz said there were no casualties or damage.',
             'Kremlin spokesman Dmitry Peskov warned that any decision by the West to allow Ukraine to use long-range '
             'missiles against Russia would mean NATO\'s "direct involvement" in the war.',
             'The U.N. human rights monitoring mission in Ukraine says more than 11,700 civilians have been killed since '
             'the start of the full-scale invasion.',
             '___',
             'Associated Press writer Olena Marchenko contributed from Lviv.',
             '___',
             'Follow AP\'s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine'),
         events=[
             E('shell', 'missile', 'Lviv', actor='Russia', target='residential', k=(6, 6), i=(19, 19),
               date='2024-09-11'),
             E('air', 'drone', 'Kyiv', actor='Russia', target='unknown', k=(0, 0), i=(0, 0), date='2024-09-11'),
             E('shell', 'missile', 'Ivano-Frankivsk Oblast', actor='Russia', target='infrastructure', k=(0, 0),
               i=(0, 0), date='2024-09-11'),
             E('air', 'drone', 'Bryansk Oblast', actor='Ukraine', k=(0, 0), i=(0, 0), out='intercepted',
               date='2024-09-11'),
         ]),

    # Regional outlet (Al Jazeera), no dateline. The lead's "at least 37 Palestinians since dawn" is the
    # sum over the places the article names, not a separate Gaza Strip record (wave rule). Nuseirat:
    # "killed 11", then "rose to 14" -> {14,14}; "air strike" without aircraft -> weapon unknown.
    # al-Mawasi: the UNOSAT neighbourhood "Al Mawasi (Khan Yunis)" (text says "west of Khan Younis");
    # "late on Friday" -> 2024-07-19. Shujayea is a neighbourhood of Gaza City -> Gaza City; tank
    # shelling -> artillery (README "shelling" -> artillery); "several people" -> {3,null}, target
    # null ("people"). The October 7 sentence is a ground assault (fighters killed) -> not an event.
    dict(id='art-aljazeera-gaza-strikes', pub='2024-07-20',
         title='Israeli strikes kill dozens across Gaza as ceasefire talks falter',
         text=_p(
             'Israeli attacks across the Gaza Strip have killed at least 37 Palestinians since dawn, medical sources '
             'have told Al Jazeera, as Israel kept up its bombardment of areas it had designated as safe for displaced '
             'civilians.',
             'In the deadliest attack, an Israeli air strike on a house in the Nuseirat refugee camp in central Gaza '
             'killed 11 people early on Saturday, including five children, according to al-Awda Hospital, which '
             'received the bodies. The death toll later rose to 14 as rescuers recovered more bodies from the rubble, '
             'the hospital said.',
             '"We were asleep when the house came down on us. I found my brother\'s children under the concrete," '
             'Mahmoud Abu Shamala, a neighbour, told Al Jazeera.',
             'The Israeli military said in a statement that it had "struck Hamas terrorists" operating in the Nuseirat '
             'area and that it had taken steps to mitigate harm to civilians, including the use of precise munitions.',
             'In southern Gaza, an Israeli drone strike late on Friday killed three children collecting firewood in the '
             'al-Mawasi area west of Khan Younis, a zone the Israeli army has repeatedly told Palestinians to evacuate '
             'to, the Civil Defence said.',
             'Meanwhile, Israeli tank shelling in the Shujayea neighbourhood of eastern Gaza City wounded several people '
             'on Saturday, the Palestinian Civil Defence said, adding that its crews could not reach the area because '
             'of the fighting.',
             'Reporting from Deir el-Balah, Al Jazeera\'s Youssef Hamdan said residents in central Gaza were living in '
             'constant fear. "There is nowhere safe in Gaza. People move from one area to another, and the bombs follow '
             'them," he said.',
             'The attacks came as negotiators in Doha and Cairo struggled to close gaps over a ceasefire and captive '
             'exchange deal. Hamas accused Israeli Prime Minister Benjamin Netanyahu of adding new conditions, while '
             'Netanyahu, who is due to address the US Congress next week, said military pressure was the only way to '
             'bring the captives home.',
             'In a separate development, the Israeli army said sirens sounded in Kibbutz Nirim near the Gaza fence on '
             'Saturday afternoon, but later said they had been set off by a false identification.',
             'The United Nations agency for Palestinian refugees, UNRWA, said more than 190 of its facilities, most of '
             'them schools turned into shelters, have been hit since the start of the war.',
             'Israel\'s war on Gaza has killed at least 38,919 Palestinians and wounded 89,622 since October 7, '
             'according to the Ministry of Health in Gaza. Hamas-led fighters killed an estimated 1,139 people in '
             'southern Israel on October 7, according to an Al Jazeera tally based on Israeli statistics.',
             'SOURCE: AL JAZEERA AND NEWS AGENCIES'),
         events=[
             E('air', 'unknown', 'Nuseirat', actor='Israel', target='residential', k=(14, 14), date='2024-07-20'),
             E('air', 'drone', 'Al Mawasi (Khan Yunis)', actor='Israel', target='civilians', k=(3, 3),
               date='2024-07-19'),
             E('shell', 'artillery', 'Gaza City', actor='Israel', i=(3, None), date='2024-07-20'),
         ]),

    # Regional outlet (Dawn), two datelines that are strike districts, plus an official speaking in
    # Peshawar and the FO in Islamabad (not strike places). Khar: GeoNames 1174089 carries the
    # retired FATA admin1 code (PK.01), not in admin1CodesASCII; since FATA merged into Khyber
    # Pakhtunkhwa in 2018 the analysts' admin1 is "Khyber Pakhtunkhwa" (same for Mir Ali, 1338912,
    # the namesake nearest the North Waziristan town). Police vehicle -> government (as the
    # police-headquarters and police-checkpoint precedents). No claim, no accusation -> actor null.
    # Mir Ali: a quadcopter -> drone; ISPR's "khwarij" is glossed in the text as the banned TTP, TTP
    # denied -> still the accused (EVENTS.md), actor "Tehreek-i-Taliban Pakistan" (the text's
    # spelling). Khost: the Taliban's accusation names Pakistan -> actor Pakistan; "air strikes"
    # without aircraft -> weapon unknown; "nine children and a woman" -> {10,10}; province only ->
    # admin1 record; "Tuesday night" -> 2024-11-26.
    dict(id='art-dawn-kp-ied-quadcopter', pub='2024-11-27',
         title='Four policemen martyred in Bajaur IED blast; two children killed in Mir Ali quadcopter attack',
         text=_p(
             'BAJAUR: Four policemen were martyred and two others injured when an improvised explosive device (IED) '
             'went off near their vehicle in Khar, the headquarters of Bajaur district, on Tuesday, police said.',
             'According to the district police officer, the policemen were on their way to provide security to '
             'a polio vaccination team when the device, planted along the road near the Khar bazaar, exploded. The '
             'injured were shifted to the District Headquarters Hospital, where one of them was stated to be in '
             'critical condition.',
             'Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur condemned the attack and sought a report from the '
             'inspector general of police. "The sacrifices of our police will not go in vain," he said in a statement '
             'issued in Peshawar.',
             'No group immediately claimed responsibility for the blast.',
             'MIRANSHAH: Meanwhile, two children were killed and three others injured when a quadcopter dropped an '
             'explosive on a house in Mir Ali tehsil of North Waziristan on Monday night, officials said.',
             'The Inter-Services Public Relations (ISPR) said in a statement that "khwarij" had used a quadcopter to '
             'target the civilian population. The state uses the term "Fitna al Khawarij" for the banned '
             'Tehreek-i-Taliban Pakistan (TTP). A TTP spokesperson denied involvement.',
             'Residents of Mir Ali staged a sit-in outside the assistant commissioner\'s office on Tuesday, demanding '
             'protection. Quadcopter attacks have become increasingly common in the tribal districts of the province '
             'this year.',
             'Separately, the Afghan Taliban\'s chief spokesman Zabihullah Mujahid accused Pakistan of carrying out air '
             'strikes in Afghanistan\'s Khost province on Tuesday night, killing nine children and a woman.',
             '"Pakistan\'s violation of Afghan airspace will not go unanswered," Mujahid wrote on X.',
             'The Foreign Office did not confirm the strikes. Speaking at the weekly briefing in Islamabad, the FO '
             'spokesperson said Pakistan respected the sovereignty of Afghanistan but urged Kabul to act against TTP '
             'militants using Afghan soil.',
             'According to the Pakistan Institute for Conflict and Security Studies, militant attacks in the country '
             'rose sharply in the first ten months of the year, with most of them recorded in Khyber Pakhtunkhwa.',
             'Published in Dawn, November 27th, 2024'),
         events=[
             E('rem', 'ied', 'Khar', target='government', k=(4, 4), i=(2, 2), date='2024-11-26'),
             E('air', 'drone', 'Mir Ali', actor='Tehreek-i-Taliban Pakistan', target='residential', k=(2, 2),
               i=(3, 3), date='2024-11-25'),
             E('air', 'unknown', 'Khost Province', actor='Pakistan', target='civilians', k=(10, 10),
               date='2024-11-26'),
         ]),

    # NEGATIVE. A weapons package, a threat (Medvedev), a plan (ATACMS), an air-raid alert with no
    # launches, habitual bombing statistics, a ground push with infantry and armour only, war-wide
    # civilian toll, and a hypothetical. No specific dated strike.
    dict(id='art-ap-neg-aid-package', pub='2024-04-24',
         title='Biden signs $95 billion war aid package; first weapons for Ukraine to ship within hours',
         text=_p(
             'WASHINGTON (AP) \u2014 President Joe Biden signed a $95 billion war aid measure into law on Wednesday, and '
             'the Pentagon said the first shipments of weapons and ammunition for Ukraine would begin moving within '
             'hours.',
             'The $1 billion package announced by the Defense Department includes Stinger anti-aircraft missiles, '
             'additional munitions for the Patriot air defense system, 155mm artillery rounds, Bradley armored vehicles '
             'and ammunition for HIMARS rocket launchers, officials said.',
             '"It\'s going to make America safer, it\'s going to make the world safer," Biden said at the White House.',
             'Ukrainian President Volodymyr Zelenskyy thanked Congress and the president. "Every shell and every air '
             'defense missile we receive means fewer Ukrainian cities destroyed," he said in his nightly address.',
             'Ukrainian officials have warned for months that they are running low on air defense interceptors as '
             'Russia pounds the country\'s energy grid with missiles and drones, and that artillery units have been '
             'forced to ration shells.',
             'The Kremlin condemned the aid. Spokesman Dmitry Peskov said it would "not change the dynamics on the front '
             'line" and would only lead to more Ukrainians dying. Former President Dmitry Medvedev, deputy head of '
             'Russia\'s Security Council, wrote on Telegram that the weapons would "turn into scrap metal" and warned '
             'that Russia could strike the depots where they are stored.',
             'Officials said the package may also include long-range ATACMS missiles, which Ukraine wants in order to '
             'hit Russian supply lines and air bases in occupied Crimea. The administration has previously declined to '
             'say whether more ATACMS would be sent.',
             'Air raid alerts sounded across much of Ukraine on Wednesday morning, but the air force reported no '
             'missile launches.',
             'Russia drops more than 3,000 guided aerial bombs on Ukrainian positions and towns each month, according '
             'to Ukrainian military estimates.',
             'In the Donetsk region, Russian troops kept up their push west of Avdiivka, attacking Ukrainian positions '
             'near the village of Ocheretyne with infantry and armored vehicles, Ukraine\'s General Staff said.',
             'The U.N. human rights monitoring mission says more than 10,800 civilians have been killed in Ukraine since '
             'the full-scale invasion began in February 2022.',
             'Military analysts say the weapons will take weeks to reach the front lines in significant quantities. '
             '"The question is whether it arrives in time to blunt a Russian summer offensive," said one analyst at a '
             'Washington think tank.',
             '___',
             'Associated Press writers in Washington and Kyiv contributed to this report.'),
         events=[]),

    # Live blog (Kyiv Independent), timestamps. Sumy: "killed two" at 8:05, "risen to three" at 11:40
    # -> {3,3}; injured stays {9,9} (no new figure). Kherson Oblast: the governor's daily round-up,
    # one combined toll for "artillery shells, drones, and aerial bombs" across the oblast -> one
    # region record, first-named kind (artillery), first-named target ("residential areas"), explicit
    # date July 5. Zolochiv: the Kharkiv Oblast namesake (686895), not the Lviv Oblast town;
    # "guided aerial bombs" without aircraft -> air/unknown; first object named is a school ->
    # civilians; "this morning" -> publication day. Azov: 2:10 p.m. entry, "overnight" -> July 5;
    # actor from the SBU source and the headline; "no casualties" -> {0,0}/{0,0}. The air-raid alert
    # and the "Read also" teasers are not events.
    dict(id='art-kyivindependent-liveblog', pub='2024-07-06',
         title='Ukraine war latest: Russian drone attack on Sumy kills 3; Ukrainian drones target oil depot in '
               'Russia\'s Azov',
         text=_p(
             'Editor\'s note: This is a live blog. It is updated throughout the day. All times are Kyiv time.',
             '8:05 a.m. \u2014 Two people were killed and nine injured when a Russian Shahed-type drone hit an apartment '
             'building in the city of Sumy late on July 5, the Sumy Oblast Military Administration reported.',
             'The drone struck the upper floors of a nine-story building in the city\'s Zarichnyi district, setting '
             'several apartments on fire. Among the injured are two children, aged 8 and 14, the administration said.',
             'Sumy, located about 30 kilometers from the Russian border, is regularly targeted by Russian drones, '
             'missiles, and guided aerial bombs.',
             '9:20 a.m. \u2014 Russian attacks across Kherson Oblast killed one person and injured seven on July 5, '
             'Governor Oleksandr Prokudin reported.',
             'Russian troops launched 412 artillery shells, drones, and aerial bombs at the oblast, targeting '
             'residential areas and critical infrastructure in the region\'s settlements, Prokudin said. Russian forces '
             'occupied the east bank of the oblast, including Nova Kakhovka and Oleshky, in the first months of the '
             'full-scale war and use the area to shell the west bank.',
             'Read also: Ukraine\'s frontline drone units struggle with shortages as Russia masses troops near Pokrovsk',
             '10:15 a.m. \u2014 An air raid alert was declared in Kyiv and most of central Ukraine due to the threat of '
             'ballistic missiles, according to the Air Force. The alert was lifted 20 minutes later.',
             '11:40 a.m. \u2014 The death toll from the Russian drone strike on Sumy has risen to three after a '
             '71-year-old woman died in hospital, the Sumy Oblast Military Administration said.',
             '12:30 p.m. \u2014 Russian forces dropped guided aerial bombs on the settlement of Zolochiv in Kharkiv '
             'Oblast this morning, injuring a 62-year-old man, Governor Oleh Syniehubov said. The bombs damaged a school '
             'building and three private houses.',
             'Zolochiv lies just 7 kilometers from the Russian border, in the area where Russia launched a cross-border '
             'ground offensive in May.',
             '2:10 p.m. \u2014 Ukrainian drones attacked an oil depot in the city of Azov in Russia\'s Rostov Oblast '
             'overnight, a source in Ukraine\'s Security Service (SBU) told the Kyiv Independent.',
             'Rostov Oblast Governor Vasily Golubev said on Telegram that a fire broke out at an "industrial facility" '
             'in Azov after a drone attack and that there were no casualties. The Kyiv Independent could not '
             'independently verify the claims.',
             'According to the source, the depot supplied fuel to Russian troops fighting in southern Ukraine. "The SBU '
             'will continue to hit legitimate military targets on Russian territory," the source said.',
             '3:45 p.m. \u2014 President Volodymyr Zelensky said he had discussed additional Patriot air defense systems '
             'with U.S. officials. "Every Patriot means thousands of lives saved," Zelensky wrote on X.',
             'Since the start of the full-scale invasion, the UN has confirmed that over 11,000 civilians have been '
             'killed in Ukraine, though the real number is believed to be much higher.',
             'Read also: Russia\'s war against Ukraine is now the deadliest conflict in Europe since World War II'),
         events=[
             E('air', 'drone', 'Sumy', actor='Russia', target='residential', k=(3, 3), i=(9, 9), date='2024-07-05'),
             E('shell', 'artillery', 'Kherson Oblast', actor='Russia', target='residential', k=(1, 1), i=(7, 7),
               date='2024-07-05'),
             E('air', 'unknown', 'Zolochiv (Kharkiv)', actor='Russia', target='civilians', i=(1, 1),
               date='2024-07-06'),
             E('air', 'drone', 'Azov', actor='Ukraine', target='infrastructure', k=(0, 0), i=(0, 0),
               date='2024-07-05'),
         ]),

    # Regional outlet (Times of Israel). Margaliot: "near" -> precision near; the GeoNames entry is
    # "Margaliyyot" (the text's spelling is not among its names). Kiryat Shmona: "at least one struck
    # an apartment building" -> hit, residential; "No injuries were reported" -> injured {0,0}, killed
    # null; a woman "treated for anxiety" is not an injury (decided here: shock/anxiety treatment is
    # not a wound). Overnight Israeli strikes, published Monday -> Sunday 2024-06-09. Aita al-Shaab:
    # the IDF's "military compound" is named before NNA's "house" -> military; "no casualties" ->
    # {0,0}/{0,0}. Khiam: "near Khiam" -> near; "struck a rocket launcher" with no effect reported ->
    # outcome unknown. TOI's standing toll paragraph ("Since October 8 ...") and the sirens/false
    # alarm are not events; Haifa (hospital) and Safed (minister's visit) are not strike places.
    dict(id='art-toi-hezbollah-drone-margaliot', pub='2024-06-10',
         title='3 soldiers hurt as Hezbollah explosive drone hits army post; rocket barrage sets Kiryat Shmona '
               'building ablaze',
         text=_p(
             'Three soldiers were wounded, one of them seriously, when an explosive-laden drone launched by Hezbollah '
             'struck an army position near the northern community of Margaliot on Sunday afternoon, the military said.',
             'The soldiers were evacuated to Rambam Health Care Campus in Haifa for treatment. Their families have been '
             'notified, the Israel Defense Forces said.',
             'Hezbollah claimed responsibility for the attack, saying it had targeted "a gathering of enemy soldiers" '
             'with an attack drone in response to Israeli strikes on southern Lebanon.',
             'Later on Sunday, some 40 rockets were fired from Lebanon at Kiryat Shmona and the surrounding area, the '
             'IDF said. Most were intercepted by the Iron Dome air defense system, but at least one struck an apartment '
             'building on the city\'s eastern outskirts, sparking a blaze.',
             'No injuries were reported, according to the Magen David Adom ambulance service, though a 70-year-old '
             'woman was treated for anxiety. Hezbollah said it had fired "dozens of Katyusha rockets" at Kiryat '
             'Shmona, which it described as a military settlement.',
             'Overnight, Israeli fighter jets struck a Hezbollah military compound in the southern Lebanese village of '
             'Aita al-Shaab and a rocket launcher near Khiam, the IDF said, adding that the launcher had been used in '
             'the barrage on Kiryat Shmona.',
             'Lebanon\'s state-run National News Agency reported that the strike in Aita al-Shaab destroyed a house and '
             'that there were no casualties.',
             'Earlier on Sunday, sirens sounded in Metula and Misgav Am over a suspected drone infiltration, but the '
             'IDF later said it had been a false alarm.',
             'Defense Minister Yoav Gallant, visiting the IDF\'s Northern Command headquarters in Safed, warned that '
             'Israel was "preparing for an offensive" in Lebanon if diplomacy failed. "We can bring Lebanon back to '
             'the Stone Age," he said.',
             'Since October 8, Hezbollah-led forces have attacked Israeli communities and military posts along the '
             'border on a near-daily basis, saying they are doing so in support of Gaza amid the war there.',
             'So far, the skirmishes on the border have resulted in 10 civilian deaths on the Israeli side, as well as '
             'the deaths of 15 IDF soldiers and reservists. There have also been several attacks from Syria, without '
             'any injuries.',
             'Hezbollah has named 343 members who have been killed by Israel during the ongoing skirmishes, mostly in '
             'Lebanon but some also in Syria. Some 60,000 residents of northern Israel remain displaced.'),
         events=[
             E('air', 'drone', 'Margaliot', near=True, actor='Hezbollah', target='military', i=(3, 3),
               date='2024-06-09'),
             E('shell', 'rocket', 'Kiryat Shmona', actor='Hezbollah', target='residential', i=(0, 0),
               date='2024-06-09'),
             E('air', 'aircraft', 'Aita al-Shaab', actor='Israel', target='military', k=(0, 0), i=(0, 0),
               date='2024-06-09'),
             E('air', 'aircraft', 'Khiam', near=True, actor='Israel', target='military', out='unknown',
               date='2024-06-09'),
         ]),

    # Regional outlet (Radio Dabanga). El Fasher: Abu Shouk camp (not in GeoNames) on the city's
    # northern edge -> the city (EVENTS.md: a district is reported as the city); "At least eight",
    # then "rose to 11" -> {11,11}; the camp's market is the object named -> infrastructure. Nyala:
    # "14 killed" (Resistance Committees) vs "more than 30" (RSF-aligned administration) -> two
    # reports disagree -> {lowest min, highest max} = {14, null}; "dozens" injured -> {12,null};
    # warplane / Antonov named -> aircraft. Mellit: the RSF accuses the army -> actor Sudan (the
    # accused); "No casualties were reported" -> {0,0}/{0,0}.
    dict(id='art-dabanga-darfur-shelling-bombing', pub='2024-11-05',
         title='RSF shelling kills 11 in Abu Shouk camp as army warplane bombs Nyala livestock market',
         text=_p(
             'EL FASHER / NYALA \u2013 November 5, 2024',
             'At least eight people were killed and 23 injured when the Rapid Support Forces (RSF) shelled the main '
             'market of Abu Shouk camp for the displaced, on the northern edge of El Fasher, capital of North Darfur, '
             'on Monday morning. The death toll rose to 11 by the evening after three of the wounded died at the Saudi '
             'Hospital, medical sources told Radio Dabanga.',
             'A spokesperson for the displaced in the camp told Radio Dabanga that at least 15 artillery shells fell on '
             'the market and on nearby homes. "People were queueing for water when the shells started to fall. Most of '
             'the dead are women and children," he said.',
             'The Emergency Lawyers group condemned the attack as "a war crime". The RSF, which has besieged El Fasher '
             'since May, denied targeting civilians and accused the army of using the camp as a base.',
             'On Sunday, Sudan Armed Forces (SAF) warplanes bombed the livestock market in Nyala, capital of South '
             'Darfur, which has been under RSF control since October last year. The Nyala Resistance Committees said '
             '14 people were killed and dozens injured.',
             'A witness told Radio Dabanga that the plane, an Antonov, dropped at least four barrel bombs on the market '
             'at midday, when it was most crowded. The RSF-aligned civil administration in South Darfur claimed that '
             '"more than 30 civilians" were killed in the bombing.',
             'In North Darfur, a drone strike hit the hospital in Mellit on Saturday, damaging its operating theatre. '
             'The RSF accused the army of the attack. No casualties were reported.',
             'Army air strikes on Nyala and other RSF-held towns in Darfur have killed hundreds of civilians since the '
             'start of the war, according to monitors.',
             'The war between the SAF and the RSF broke out in Khartoum on April 15, 2023. According to the United '
             'Nations, more than 11 million people have been displaced, and famine has been confirmed in Zamzam camp '
             'south of El Fasher.',
             'Read more: RSF siege of El Fasher enters seventh month',
             'Radio Dabanga\'s editorial independence means that we can continue to provide factual updates about '
             'developments in Sudan to Sudanese and international actors. Support Radio Dabanga.'),
         events=[
             E('shell', 'artillery', 'El Fasher', actor='Rapid Support Forces', target='infrastructure', k=(11, 11),
               i=(23, 23), date='2024-11-04'),
             E('air', 'aircraft', 'Nyala', actor='Sudan', target='infrastructure', k=(14, None), i=(12, None),
               date='2024-11-03'),
             E('air', 'drone', 'Mellit', actor='Sudan', target='infrastructure', k=(0, 0), i=(0, 0),
               date='2024-11-02'),
         ]),

    # UN statement. "This morning" in a statement dated 3 May 2024 -> 2024-05-03; the day before ->
    # 2024-05-02. Mugunga and Lac Vert are not in the gazetteer; both are "on the western outskirts
    # of Goma" -> one record, Goma, precision near. Displacement sites -> civilians (decided here, in
    # line with the school sheltering displaced families in team-deir-al-balah-range). The statement
    # names no party -> actor null for both. "at least nine" -> {9,null}; "33 others" -> {33,33}.
    dict(id='art-un-drc-goma-displacement-sites', pub='2024-05-03',
         title='Statement by the Humanitarian Coordinator in the Democratic Republic of the Congo on the shelling of '
               'displacement sites near Goma',
         text=_p(
             'Kinshasa, 3 May 2024 \u2013 The Humanitarian Coordinator in the Democratic Republic of the Congo strongly '
             'condemns the shelling this morning of the Mugunga and Lac Vert displacement sites, on the western '
             'outskirts of Goma, in North Kivu province.',
             'According to preliminary information, at least nine people, including seven children, were killed and 33 '
             'others injured when several shells struck the sites at around 10:30 a.m. local time. The wounded were '
             'taken to hospitals in Goma, including a facility supported by the International Committee of the Red '
             'Cross.',
             '"This is an outrageous violation of the rights of displaced people and of international humanitarian law. '
             'Displacement sites must never be targeted," the Humanitarian Coordinator said. "Those responsible must be '
             'held to account."',
             'The day before, on 2 May, shells fell on a residential area of the town of Sake, about 25 kilometres west '
             'of Goma, injuring four people, including two women, according to local authorities.',
             'Since the beginning of the year, fighting between the Congolese armed forces and the M23 armed group has '
             'forced more than 700,000 people to flee their homes in North Kivu. More than 600,000 displaced people now '
             'live in and around Goma, many of them in overcrowded sites with limited access to water and sanitation.',
             'The humanitarian community calls on all parties to the conflict to respect international humanitarian '
             'law, to protect civilians and civilian infrastructure, and to refrain from using explosive weapons with '
             'wide-area effects in populated areas.',
             'Humanitarian partners are working with the health authorities to respond to the needs of the wounded and '
             'to the rise in cholera cases in the sites.',
             'In 2024, the humanitarian response plan for the DRC seeks US$2.6 billion to assist 8.7 million people. '
             'It is currently 16 per cent funded.',
             'For further information, please contact: OCHA DRC, Public Information Unit, Kinshasa.'),
         events=[
             E('shell', 'artillery', 'Goma', near=True, target='civilians', k=(9, None), i=(33, 33),
               date='2024-05-03'),
             E('shell', 'artillery', 'Sake', target='residential', i=(4, 4), date='2024-05-02'),
         ]),

    # NEGATIVE. An industrial explosion blamed on chemical storage (an accident), a denial of a missile
    # fuel link, speculation about Israel that officials dismissed, undated background of strikes and
    # sabotage, nuclear talks. EVENTS.md: accidents, speculation and undated background are not events.
    dict(id='art-reuters-neg-iran-port-blast', pub='2025-04-27',
         title='Death toll from Iran port blast rises to 40 as fires burn for second day',
         text=_p(
             'DUBAI, April 27 (Reuters) - The death toll from a massive explosion at Shahid Rajaee, Iran\'s biggest '
             'commercial port, near the southern city of Bandar Abbas, rose to 40 on Sunday, state media reported, as '
             'firefighters battled to contain blazes for a second day.',
             'More than 1,000 people were injured in Saturday\'s blast, which shattered windows several kilometres away '
             'and sent a plume of black smoke over the Strait of Hormuz.',
             'Iranian officials said the explosion was caused by the improper storage of chemicals in a container '
             'yard. "Failure to observe safety principles was the cause," Interior Minister Eskandar Momeni said on '
             'state television.',
             'Iran\'s defence ministry denied reports that the blast was linked to a shipment of sodium perchlorate, an '
             'ingredient used in solid fuel for missiles, and said there had been "no military cargo" at the port.',
             'Some social media users in Iran speculated that Israel might have been behind the blast, a suggestion '
             'Iranian officials dismissed. An Iranian security official told Reuters that sabotage had been ruled out '
             '"for now".',
             'Israel and Iran have exchanged direct strikes, and Tehran has long accused Israel of sabotage '
             'at its nuclear and military sites.',
             'The explosion came as Iranian and U.S. negotiators met in Oman for a third round of talks on Tehran\'s '
             'nuclear programme, which both sides described as constructive.',
             'President Masoud Pezeshkian, who visited the injured in hospital in Bandar Abbas, ordered an '
             'investigation. "We will not leave any stone unturned," he said.',
             'The port handles more than half of Iran\'s container traffic. Operations partially resumed on Sunday, the '
             'ports authority said.',
             'Russia, China, Saudi Arabia and the United Arab Emirates offered condolences and help.',
             '(Reporting by Dubai newsroom; Editing by Helen Marsh)'),
         events=[]),

    # State news agency quoting a defence ministry statement at length (TASS style). "On the night of
    # May 14 to 15" -> 2024-05-14 for both regions (intercepted). Bryansk: "no casualties and no
    # damage" -> {0,0}/{0,0}. Shebekino: Vampire MLRS -> rocket; "a man was killed", "two women were
    # wounded" then "a third woman had sought medical help" -> running toll, injured {3,3} (decided:
    # the update adds one to the two already counted); first object named is "three private houses"
    # -> residential; "Tuesday evening" -> 2024-05-14. Novaya Tavolzhanka: a drone dropping a device
    # -> drone; the car is the object hit -> unknown; "Wednesday morning" -> 2024-05-15. The MoD's
    # claim of a "liberated" village is a ground advance, not an event.
    dict(id='art-tass-mod-drones-belgorod', pub='2024-05-15',
         title='Air defenses destroy 17 Ukrainian drones over Bryansk, Kursk regions overnight \u2014 Russian MoD',
         text=_p(
             'MOSCOW, May 15. /TASS/. Russian air defense systems destroyed 17 Ukrainian unmanned aerial vehicles over '
             'the Bryansk and Kursk regions overnight, the Russian Defense Ministry reported on Wednesday.',
             '"On the night of May 14 to 15, an attempt by the Kiev regime to carry out terrorist attacks using '
             'aircraft-type unmanned aerial vehicles against facilities on the territory of the Russian Federation was '
             'thwarted. Air defense systems on duty destroyed 12 UAVs over the territory of the Bryansk Region and five '
             'UAVs over the territory of the Kursk Region," the ministry said in a statement on its Telegram channel.',
             'Bryansk Region Governor Alexander Bogomaz wrote on Telegram that there were no casualties and no damage '
             'on the ground. The Kursk regional authorities did not report any consequences of the attack.',
             'Earlier, Belgorod Region Governor Vyacheslav Gladkov said that the Ukrainian armed forces had shelled the '
             'city of Shebekino with a Vampire multiple launch rocket system on Tuesday evening.',
             '"As a result of the shelling, a man was killed on the spot. Two women were wounded, one of them '
             'seriously, and taken to the Shebekino central district hospital," Gladkov wrote. According to him, three '
             'private houses, a gas pipeline and a power line were damaged.',
             'The governor later updated the figures, saying that a third woman had sought medical help with shrapnel '
             'wounds.',
             'In addition, according to Gladkov, a Ukrainian drone dropped an explosive device on a car in the village '
             'of Novaya Tavolzhanka in the Shebekino district on Wednesday morning. The driver, a 45-year-old man, was '
             'injured and taken to hospital. The car was destroyed.',
             'The Defense Ministry also said that over the past day Russian troops had "liberated" the settlement of '
             'Ivanovka and improved their tactical position along the line of contact.',
             'Shebekino, located about 7 km from the border with Ukraine, has repeatedly come under attack by the '
             'Ukrainian armed forces. Since the beginning of the year, more than 100 civilians have been killed in the '
             'Belgorod Region as a result of such attacks, according to the regional authorities.'),
         events=[
             E('air', 'drone', 'Bryansk Oblast', actor='Ukraine', k=(0, 0), i=(0, 0), out='intercepted',
               date='2024-05-14'),
             E('air', 'drone', 'Kursk Oblast', actor='Ukraine', out='intercepted', date='2024-05-14'),
             E('shell', 'rocket', 'Shebekino', actor='Ukraine', target='residential', k=(1, 1), i=(3, 3),
               date='2024-05-14'),
             E('air', 'drone', 'Novaya Tavolzhanka', actor='Ukraine', target='unknown', i=(1, 1), date='2024-05-15'),
         ]),

    # Wire story, BEIRUT dateline (not a strike place). Homs: health ministry's toll "rose to 89"
    # (running, latest) vs the Observatory's 123 -> two reports disagree -> {89,123}; injured 277;
    # "Thursday's attack" -> 2023-10-05; the military blames unnamed "terrorist organizations", HTS
    # denies -> actor null (no named accused); the academy -> military. Idlib and Sarmin: Friday
    # shelling, separate tolls -> one record per town; "government forces" -> Syria. Jisr
    # al-Shughour: "Russian warplanes ... struck the outskirts", no effect reported -> unknown, target
    # null. The lead's "a day after government shelling killed six civilians in the last rebel-held enclave"
    # is the sum of the Idlib and Sarmin records, not a region record. The 2011-onward war toll is not an event.
    dict(id='art-ap-homs-academy-idlib', pub='2023-10-07',
         title='Death toll from drone attack on Syrian military academy rises to 89 as government shells '
               'rebel-held Idlib',
         text=_p(
             'BEIRUT (AP) \u2014 The death toll from a drone attack on a military graduation ceremony in the central '
             'Syrian city of Homs rose to 89 on Saturday, the country\'s health minister said, a day after government '
             'shelling killed six civilians in the last rebel-held enclave in the northwest.',
             'Thursday\'s attack, one of the deadliest on the Syrian military in years, struck the Homs Military '
             'Academy as families gathered in the courtyard after the ceremony. Health Minister Hassan al-Ghabash said '
             '277 people were wounded, and that 31 women and five children were among the dead.',
             'The Britain-based Syrian Observatory for Human Rights, an opposition war monitor, put the death toll at '
             '123, including 54 civilians.',
             'No group claimed responsibility. The Syrian military blamed "terrorist organizations backed by known '
             'international parties" and vowed to respond "with full force." Hayat Tahrir al-Sham, the most powerful '
             'insurgent group in Idlib, denied any role in the attack.',
             'On Friday, government shelling killed five civilians in Idlib city, including two children, and wounded '
             '18, according to the Syrian Civil Defense, the rescue group also known as the White Helmets. A woman was '
             'killed in the nearby town of Sarmin, the group said.',
             'Russian warplanes, which back President Bashar Assad\'s forces, also struck the outskirts of Jisr '
             'al-Shughour in western Idlib on Friday, the Observatory said, without giving details.',
             'Schools in Idlib city were closed on Saturday and markets were largely empty, residents said.',
             'Idlib province is home to about 4 million people, many of them displaced from other parts of Syria by the '
             'civil war, which has killed nearly half a million people since it began in March 2011.',
             'The U.N. special envoy for Syria, Geir Pedersen, called on all sides to exercise "maximum restraint" and '
             'said civilians must be protected.',
             'In Damascus, the government declared three days of official mourning for the victims of the Homs attack.'),
         events=[
             E('air', 'drone', 'Homs', target='military', k=(89, 123), i=(277, 277), date='2023-10-05'),
             E('shell', 'artillery', 'Idlib', actor='Syria', target='civilians', k=(5, 5), i=(18, 18),
               date='2023-10-06'),
             E('shell', 'artillery', 'Sarmin', actor='Syria', target='civilians', k=(1, 1), date='2023-10-06'),
             E('air', 'aircraft', 'Jisr al-Shughour', actor='Russia', out='unknown', date='2023-10-06'),
         ]),

    # Wire story (AP, MOGADISHU). Mogadishu: "a mother and her two children" -> {3,3}; the house is
    # the object hit -> residential; "Thursday night" -> 2024-03-14; al-Shabab claimed. Afgoye: "No
    # group claimed responsibility, but al-Shabab frequently carries out such attacks" is speculation,
    # not an attribution -> actor null; "near the town of Afgoye" -> near. Jilib: AFRICOM statement,
    # "an airstrike" without aircraft -> air/unknown; "killed three al-Shabab militants" -> {3,3};
    # "no civilians were injured or killed" says nothing about the militants' injuries -> injured null
    # (decided here: a civilians-only denial does not zero the whole count). The Zobe truck bombing
    # has no time word -> background.
    dict(id='art-ap-somalia-mortars-airstrike', pub='2024-03-15',
         title='Mortar shells kill mother and two children in Somalia\'s capital; US says airstrike killed 3 '
               'militants',
         text=_p(
             'MOGADISHU, Somalia (AP) \u2014 Mortar shells fired by al-Shabab extremists landed on a house near the '
             'presidential palace in Somalia\'s capital on Thursday night, killing a mother and her two children, '
             'police said.',
             'A police spokesman said the shells were fired from the outskirts of Mogadishu and '
             'appeared to be aimed at Villa Somalia, the heavily guarded presidential compound. Four other shells '
             'landed in an open area near the compound.',
             'The al-Qaida-linked group claimed responsibility for the attack on its Andalus radio station, saying it '
             'had targeted "the apostate government\'s headquarters."',
             'On Wednesday, a roadside bomb struck a Somali army vehicle near the town of Afgoye, about 30 kilometers '
             'northwest of the capital, killing four soldiers and wounding two, a military officer told The Associated '
             'Press, speaking on condition of anonymity because he was not authorized to speak to the media.',
             'No group claimed responsibility, but al-Shabab frequently carries out such attacks.',
             'Separately, the U.S. Africa Command said it conducted an airstrike on Tuesday against al-Shabab militants '
             'near Jilib, about 370 kilometers southwest of Mogadishu, in coordination with the Somali government.',
             '"The command\'s initial assessment is that the airstrike killed three al-Shabab militants. Given the '
             'remote nature of where this operation occurred, we assess no civilians were injured or killed," AFRICOM '
             'said in a statement.',
             'AFRICOM said U.S. forces would "continue to take action to prevent this terrorist organization from '
             'planning and conducting attacks."',
             'Al-Shabab, which controls parts of rural southern and central Somalia, has for more than 15 years fought '
             'to topple the federal government. Its deadliest attack, the truck bombing at Mogadishu\'s busy Zobe '
             'intersection, killed more than 500 people.',
             'President Hassan Sheikh Mohamud, speaking in Mogadishu on Wednesday, said the government would launch '
             'the "final phase" of its offensive against the group this year.',
             'The African Union peacekeeping mission is scheduled to hand over security responsibilities to Somali '
             'forces by the end of the year.'),
         events=[
             E('shell', 'mortar', 'Mogadishu', actor='Al Shabaab', target='residential', k=(3, 3),
               date='2024-03-14'),
             E('rem', 'ied', 'Afgoye', near=True, target='military', k=(4, 4), i=(2, 2), date='2024-03-13'),
             E('air', 'unknown', 'Jilib', near=True, actor='United States', target='military', k=(3, 3),
               date='2024-03-12'),
         ]),

    # Long-read feature. Background with no time word (the strike on the regional administration
    # building, the destruction of Barabashovo market, Saltivka "shelled almost daily" while troops
    # stood at the city's edge) -> not events; habitual "since Russia began dropping guided bombs" ->
    # not an event; the May ground offensive -> not an event. Kharkiv (Tuesday 2024-06-18): guided
    # aerial bomb, aircraft not named -> air/unknown; actor from the article's framing ("Since Russia
    # began dropping heavy guided bombs on the city"). Tsyrkuny: "the same night" -> Tuesday; casualties
    # not reported -> null; GeoNames has "Tsirkuny" (the text's "Tsyrkuny" is not among its names).
    # Printing house: "Earlier this month" -> 2024-06-01, precision month.
    dict(id='art-longread-kharkiv-underground', pub='2024-06-20',
         title='Kharkiv\'s long summer underground: how Ukraine\'s second city lives with the bombs',
         text=_p(
             'KHARKIV \u2014 The school on Heroiv Pratsi Street has no windows, no playground and no bell. Its 300 pupils '
             'study in a converted metro station 15 meters below the city, where the only sign of the war above is the '
             'occasional tremor when something heavy lands nearby.',
             '"The children can tell a missile from a bomb by the sound now," says Iryna, a 41-year-old teacher who '
             'asked that her surname not be used. "That is not something a child should know."',
             'Kharkiv, a city of some 1.4 million people before the full-scale invasion, lies about 30 kilometers from '
             'the Russian border \u2014 close enough that an S-300 missile fired from the Belgorod region can reach it in '
             'under a minute, too fast for the air raid sirens.',
             'For more than two years the city has lived with this. The strike on the regional administration building '
             'on Freedom Square became one of the first symbols of the war. The destruction of the Barabashovo market, '
             'once one of the largest in Eastern Europe, is still visible from the metro line that runs past it.',
             'But residents say this spring has been different. Since Russia began dropping heavy guided bombs on the '
             'city \u2014 weapons that can be released from aircraft flying safely over Russian territory \u2014 entire '
             'blocks have been gutted.',
             'On Tuesday evening, a guided aerial bomb hit a five-story apartment building in the Saltivskyi district, '
             'killing a 68-year-old woman and injuring 11 people, including a 5-month-old baby, Governor Oleh '
             'Syniehubov said. The same night, a drone hit a private house in the village of Tsyrkuny, just north of '
             'the city, he said, without reporting casualties.',
             'Earlier this month, a Russian missile strike on a printing house in the city\'s industrial zone killed '
             'seven workers. The company, which printed a third of Ukraine\'s schoolbooks, has vowed to rebuild.',
             'Mayor Ihor Terekhov says the city has no intention of emptying. "They want to turn Kharkiv into a grey '
             'zone, a city without people," he told reporters at a briefing in his office last week. "That will not '
             'happen."',
             'Saltivka, the sprawling Soviet-era district in the northeast of the city where many of the bombs fall, '
             'was shelled almost daily while Russian troops stood at the city\'s edge.',
             'One of those who stayed is Oleksandr, 73, a retired engineer who lives on the seventh floor of a building with a '
             'blackened facade. "Where would I go?" he asks. "My wife is buried here. My son is fighting near Vovchansk."',
             'In May, Russian troops crossed the border north of Kharkiv and advanced toward Vovchansk, in what '
             'Ukrainian officials described as an attempt to push the front line within artillery range of the city.',
             'The United States has since allowed Ukraine to use American weapons against military targets just across '
             'the border in Russia\'s Belgorod region, where many of the aircraft and launchers that attack Kharkiv are '
             'based.',
             'According to the regional prosecutor\'s office, more than 200 civilians have been killed in the Kharkiv '
             'region since the start of the year.',
             'Back in the metro school, lessons end at 2 p.m. Parents wait at the top of the escalator, checking their '
             'phones for alerts. "Every day we bring them down here, and every day we hope we can bring them back up," '
             'Iryna says.',
             'Read more: \'We are not leaving\': Vovchansk\'s last residents'),
         events=[
             E('air', 'unknown', 'Kharkiv', actor='Russia', target='residential', k=(1, 1), i=(11, 11),
               date='2024-06-18'),
             E('air', 'drone', 'Tsyrkuny', actor='Russia', target='residential', date='2024-06-18'),
             E('shell', 'missile', 'Kharkiv', actor='Russia', target='infrastructure', k=(7, 7), date='2024-06-01',
               prec='month'),
         ]),

    # Long-read (The New Humanitarian), TIMBUKTU/OUAGADOUGOU dateline (not strike places).
    # Tinzaouaten: "On 11 March" -> 2024-03-11; "on the outskirts of" -> near; the army's statement of
    # "precision strikes" in the area that day -> actor Mali; victims only "people" -> target null;
    # "at least eight" -> {8,null}. The wedding strike in Mopti has no time word -> background. ACLED's
    # yearly count is an aggregate, not a specific strike. Djibo: "In April" -> 2024-04-01 month;
    # convoy -> civilians (EVENTS.md); JNIM claimed (canonical short name "JNIM"); "near Djibo" ->
    # near. Arbinda: "Last week" (published Wed 2024-06-12) -> Monday 2024-06-03, precision week;
    # residents name the cattle market before the army's "terrorist meeting" -> infrastructure;
    # "at least a dozen" -> {12,null}; "a military drone" in Burkina Faso's army paragraph -> Burkina
    # Faso.
    dict(id='art-tnh-sahel-drone-war', pub='2024-06-12',
         title='\'The sky is no longer ours\': How the drone war is reshaping life in northern Mali and Burkina Faso',
         text=_p(
             'TIMBUKTU/OUAGADOUGOU \u2014 When the men of Tinzaouaten heard the buzz overhead, they say, they knew what '
             'it meant.',
             'Over the past two years, the military governments in Mali and Burkina Faso have turned to armed drones '
             '\u2014 mostly Turkish-made Bayraktar TB2s and Akinci aircraft \u2014 in their fight against jihadist groups '
             'and separatist rebels. The governments say the drones have turned the tide. Residents and rights groups '
             'say they have also killed scores of civilians.',
             'On 11 March, a drone struck a group of people gathered around a well on the outskirts of Tinzaouaten, a '
             'town near the Algerian border held by the separatist Strategic Framework for the Defence of the People of '
             'Azawad (CSP-DPA), killing at least eight people, including three children, according to residents and a '
             'local rights group.',
             'The Malian army said in a statement the same evening that it had conducted "precision strikes" against '
             '"terrorist" targets in the Tinzaouaten area. It made no mention of civilian casualties.',
             '"My nephew was 12. He was watering the goats," said Ahmed, a herder who now lives in a camp across the '
             'border in Algeria. The New Humanitarian was unable to independently verify the death toll.',
             'Communication in the area is limited, and the army has restricted access to the north since the '
             'withdrawal of the UN peacekeeping mission, MINUSMA, last year.',
             'Such strikes are not new. The drone strike on a wedding in the central Mopti region, which human rights '
             'groups say killed more than 20 guests, is still invoked by residents as a warning.',
             'Data from the Armed Conflict Location & Event Data Project (ACLED) shows that drone strikes by the Malian '
             'military more than doubled last year compared with the year before.',
             'In neighbouring Burkina Faso, the jihadists remain the greater danger for civilians. In April, an '
             'improvised explosive device hit a convoy of supply trucks escorted by soldiers and volunteer fighters '
             'near Djibo, killing at least 20 drivers and escorts, according to security sources and a humanitarian '
             'worker in the town. Jama\'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda\'s affiliate in the Sahel, '
             'later claimed the attack.',
             'Djibo has been under a jihadist blockade for more than two years, and the convoys are the town\'s '
             'lifeline. "Every convoy is a prayer," the humanitarian worker said.',
             'Burkina Faso\'s army also relies on drones. Last week, residents said, a military drone hit the cattle '
             'market in Arbinda, killing at least a dozen traders; the army said it had struck a meeting of '
             '"terrorists" in the area.',
             'Burkina Faso\'s government did not respond to requests for comment. In the past it has dismissed reports '
             'of civilian casualties as "disinformation".',
             'In Tinzaouaten, some families have begun digging shelters behind their houses. "The sky is no longer '
             'ours," Ahmed said.',
             'Edited by the Africa desk.'),
         events=[
             E('air', 'drone', 'Tinzaouaten', near=True, actor='Mali', k=(8, None), date='2024-03-11'),
             E('rem', 'ied', 'Djibo', near=True, actor='JNIM', target='civilians', k=(20, None), date='2024-04-01',
               prec='month'),
             E('air', 'drone', 'Arbinda', actor='Burkina Faso', target='infrastructure', k=(12, None),
               date='2024-06-03', prec='week'),
         ]),

    # Wire story with a Pentagon/CENTCOM statement. Ain al-Asad (WOF airport row; admin1 "Al Anbar"):
    # one drone hit (two service members lightly hurt), one shot down -> one record, hit; claimed by
    # the Islamic Resistance in Iraq. Harir: "a base near the town of Harir" -> near; intercepted; "no
    # injuries or damage" -> injured {0,0}, killed null. Jurf al-Sakhar: the entry is
    # "Nāḩiyat Jurf aş Şakhr" (its alternate "Jurf Al Sakhar" is not the text's spelling); F-15E jets
    # -> aircraft; Kataib Hezbollah says two killed, an Iraqi source three -> {2,3}; four wounded ->
    # {4,4}. Tower 22 has no time word -> background; the Pentagon's "more than 160 times since
    # mid-October" is an aggregate.
    dict(id='art-reuters-iraq-drones-us-strike', pub='2024-02-01',
         title='Drone attacks target U.S. forces in Iraq; U.S. strikes Kataib Hezbollah site south of Baghdad',
         text=_p(
             'WASHINGTON/BAGHDAD, Feb 1 (Reuters) - Two U.S. service members suffered minor injuries when a one-way '
             'attack drone struck Ain al-Asad air base in Iraq\'s western Anbar province on Tuesday, the Pentagon said, '
             'as Iran-aligned groups kept up their attacks despite U.S. warnings.',
             'A second drone was shot down over the base. Another drone, launched late on Wednesday at a base near the '
             'town of Harir in the Kurdistan region, was intercepted by coalition air defences, a U.S. defence official '
             'said, speaking on condition of anonymity. There were no injuries or damage in that attack, the official '
             'said.',
             'The Islamic Resistance in Iraq, an umbrella group of Iran-backed armed factions, claimed both attacks in '
             'statements on Telegram, saying they were a response to U.S. support for Israel\'s war in Gaza.',
             'Early on Thursday, U.S. F-15E jets struck an operations centre and a drone storage facility used by '
             'Kataib Hezbollah in Jurf al-Sakhar, south of Baghdad, U.S. Central Command said in a statement.',
             '"These strikes are in response to the repeated attacks against U.S. and coalition personnel in Iraq and '
             'Syria by Iranian-sponsored militia groups," the statement said. "The United States does not seek to '
             'escalate conflict in the region. We are fully prepared to take further necessary measures to protect our '
             'people and our facilities."',
             'Kataib Hezbollah said two of its fighters had been killed. An Iraqi security source told Reuters that '
             'three people were killed and four wounded.',
             'The Iraqi government condemned the U.S. strikes as a "clear violation of Iraqi sovereignty" and said they '
             'undermined talks on the future of the U.S.-led coalition. Prime Minister Mohammed Shia al-Sudani\'s '
             'office said Iraq was "not a battleground for settling scores."',
             'U.S. forces in Iraq and Syria have been attacked more than 160 times since mid-October, according to the '
             'Pentagon.',
             'Washington has also vowed to respond to the drone attack on Tower 22, a U.S. outpost in Jordan near the '
             'Syrian border, that killed three American soldiers. Iran\'s foreign ministry has denied any involvement, '
             'saying the groups act independently.',
             '(Reporting by Washington and Baghdad bureaus; Editing by Daniel Royce)'),
         events=[
             E('air', 'drone', 'Ain al-Asad', actor='Islamic Resistance in Iraq', target='military', i=(2, 2),
               date='2024-01-30'),
             E('air', 'drone', 'Harir', near=True, actor='Islamic Resistance in Iraq', target='military', i=(0, 0),
               out='intercepted', date='2024-01-31'),
             E('air', 'aircraft', 'Jurf al-Sakhar', actor='United States', target='military', k=(2, 3), i=(4, 4),
               date='2024-02-01'),
         ]),

    # NEGATIVE (Sudan Tribune style). A ground assault with gunfire, looting, a defection, a ground
    # clash "repelled" by the army, habitual reliance on air power, UN figures. No remote or explosive
    # weapon is reported for a specific day.
    dict(id='art-sudantribune-neg-gezira-raids', pub='2024-10-27',
         title='RSF fighters kill dozens in raids on villages in eastern Gezira, residents say',
         text=_p(
             'October 27, 2024 (PORT SUDAN) \u2013 Fighters of the Rapid Support Forces (RSF) killed at least 40 people '
             'in raids on villages in the east of Gezira State over the weekend, residents and a local rights group '
             'said on Sunday.',
             'The raids came days after the defection of Abu Aqla Kikel, a senior RSF commander in Gezira, to the '
             'Sudanese army.',
             'Witnesses told Sudan Tribune that RSF fighters on motorcycles and pickup trucks mounted with machine guns '
             'stormed the village of Al-Sariha on Friday and opened fire on residents, before looting homes and shops. '
             '"They shot at anyone who ran," one resident said.',
             'The Gezira Conference, a civil society group, said most of the victims were young men whom the fighters '
             'accused of collaborating with the army. Dozens of others were abducted, it said.',
             'The RSF said in a statement that its forces were pursuing "Kikel\'s militias" and denied targeting '
             'civilians.',
             'The army said it had repelled an RSF ground assault near the town of Al-Fao on Saturday, inflicting '
             '"heavy losses in lives and equipment" on the attackers.',
             'The army has relied heavily on air power against the RSF, which has controlled most of Gezira State since '
             'it seized the state capital, Wad Madani, last December.',
             'The UN Resident and Humanitarian Coordinator in Sudan said she was "deeply alarmed" by reports of killings '
             'and sexual violence against civilians in Gezira.',
             'Thousands of people have fled the area toward Gedaref and Kassala states, the International Organization '
             'for Migration said.',
             'The war between the army and the RSF, which started in April 2023, has killed tens of thousands of people '
             'and displaced more than 11 million, according to the United Nations.'),
         events=[]),

    # Wire story, MOSCOW dateline. Tuapse: "overnight" (published Friday) -> 2024-05-16; "no one was
    # injured" -> injured {0,0}, killed null. Novorossiysk: sea drones -> drone; "destroyed several
    # uncrewed surface vessels approaching the port", "no damage" -> intercepted; the port is the
    # stated target -> infrastructure (as team-erbil-airport). MoD's Crimea and Belgorod shoot-downs
    # "overnight" -> two region records, intercepted. Launch sites, Reuters' count of refinery strikes
    # "this year" (an aggregate) and the undated earlier hit on Tuapse are not events.
    dict(id='art-reuters-tuapse-novorossiysk', pub='2024-05-17',
         title='Ukrainian drones hit Russia\'s Tuapse refinery, sea drones target Novorossiysk',
         text=_p(
             'MOSCOW, May 17 (Reuters) - Ukrainian drones attacked the Tuapse oil refinery on Russia\'s Black Sea coast '
             'overnight, starting a fire, while Russian forces repelled an attack by sea drones on the port of '
             'Novorossiysk, regional officials and the Russian Defence Ministry said on Friday.',
             'The Tuapse refinery, owned by state oil major Rosneft, is one of the largest on Russia\'s Black Sea coast '
             'and exports most of its output, mainly naphtha, fuel oil and vacuum gasoil.',
             'Officials in the Krasnodar region, where both Tuapse and Novorossiysk are located, said the fire at the '
             'refinery had been put out by morning and that no one was injured. The refinery halted operations, two '
             'industry sources told Reuters.',
             'In Novorossiysk, home to one of Russia\'s largest oil-export terminals and a major base of the Black Sea '
             'Fleet, Mayor Andrei Kravchenko said naval forces had destroyed several uncrewed surface vessels '
             'approaching the port. There was no damage, he said.',
             'Russia\'s Defence Ministry said its air defences had destroyed 51 Ukrainian drones over Crimea and six '
             'over the Belgorod region overnight.',
             'A source in Ukraine\'s military intelligence told Reuters the attack on Tuapse was part of a campaign to '
             'cut Russia\'s fuel exports, which fund its war effort. Kyiv rarely comments officially on attacks inside '
             'Russia.',
             'Ukrainian drones have hit at least a dozen Russian refineries this year, by Reuters calculations, '
             'temporarily knocking out about 14% of the country\'s primary oil refining capacity.',
             'The Tuapse refinery has been a repeated target of Ukrainian drones, which have damaged its main crude '
             'distillation unit.',
             'Kremlin spokesman Dmitry Peskov told reporters that the attacks showed the "terrorist nature" of the Kyiv '
             'government and that Russia would respond. "Our military knows what to do," he said.',
             'Global oil prices edged up on the news, with Brent crude futures rising 0.4% to $83.60 a barrel by 0900 '
             'GMT.',
             '(Reporting by Reuters; Editing by Tom Ashby)'),
         events=[
             E('air', 'drone', 'Tuapse', actor='Ukraine', target='infrastructure', i=(0, 0), date='2024-05-16'),
             E('air', 'drone', 'Novorossiysk', actor='Ukraine', target='infrastructure', out='intercepted',
               date='2024-05-16'),
             E('air', 'drone', 'Crimea', actor='Ukraine', out='intercepted', date='2024-05-16'),
             E('air', 'drone', 'Belgorod Oblast', actor='Ukraine', out='intercepted', date='2024-05-16'),
         ]),

    # Regional outlet (Premium Times). Three bombers, three blasts, one town, one day -> one record
    # (actor, kind, place, day). Running toll: police 18 on Sunday, 24 on Monday "not including the
    # three bombers" -> 24 victims + 3 bombers = {27,27} (EVENTS.md: bombers are counted, victim
    # arithmetic); injured 35 (the only figure). Police blamed Boko Haram -> actor Boko Haram. The
    # first object named is the football viewing centre -> infrastructure (like shops). Bama: "near
    # Bama" -> near; fighter jets -> aircraft; "scores of terrorists" -> {10,null}, military. The
    # governor's visit, the 2009-onward toll and the RELATED teaser are not events.
    dict(id='art-premiumtimes-konduga-bombings', pub='2024-08-19',
         title='Death toll in Konduga suicide bombings rises to 24',
         text=_p(
             'The death toll from Saturday\'s suicide bombings in Konduga, Borno State, has risen to 24, a local '
             'official and residents told PREMIUM TIMES on Monday.',
             'Three suspected female suicide bombers detonated explosives at a football viewing centre, a nearby fish '
             'market and the gate of the general hospital in the town, about 38 kilometres from Maiduguri, the state '
             'capital, at about 8:40 p.m. on Saturday.',
             'The Borno State Police Command had on Sunday put the death toll at 18, with 35 others injured.',
             'But the chairman of Konduga Local Government Area, Abba Lawan Gana, told our reporter on Monday that 21 '
             'victims had been buried and three others had died in hospital in Maiduguri. The figure does not include '
             'the three bombers, he said.',
             '"We are still counting. Some of the injured are in critical condition," he said.',
             'A resident, Bukar Modu, said the first bomber, a young woman carrying a baby on her back, walked into the '
             'viewing centre where dozens of young men were watching an English Premier League match. "The second one '
             'exploded at the fish market when people ran there. The third one went off near the hospital gate," he '
             'said.',
             'No group has claimed responsibility for the attack, but the police spokesperson in Maiduguri, ASP Kenneth '
             'Ali, blamed Boko Haram insurgents, who have repeatedly used women and children as suicide bombers.',
             'Borno State Governor Babagana Zulum, who visited the scene on Sunday, described the attack as "barbaric" '
             'and directed the State Emergency Management Agency to cater for the victims.',
             'Meanwhile, the Nigerian Air Force said its fighter jets on Sunday struck Boko Haram hideouts near Bama, '
             '"neutralising scores of terrorists" believed to have planned the Konduga attack. An Air Force spokesperson '
             'said in a statement in Abuja that the strikes followed "credible intelligence".',
             'The insurgency in the North-east, which began in 2009, has killed more than 40,000 people and displaced '
             'about two million, according to the United Nations.',
             'RELATED: Borno govt imposes dusk-to-dawn curfew in Konduga after bombings',
             'Support PREMIUM TIMES\' journalism of integrity and credibility.'),
         events=[
             E('sui', 'suicide_vest', 'Konduga', actor='Boko Haram', target='infrastructure', k=(27, 27),
               i=(35, 35), date='2024-08-17'),
             E('air', 'aircraft', 'Bama', near=True, actor='Nigeria', target='military', k=(10, None),
               date='2024-08-18'),
         ]),

    # Wire story, BEIRUT dateline. Two Lebanese towns with separate tolls (9 + 6 = the lead's 15) ->
    # two records, "air strikes" without aircraft -> air/unknown, Saturday 2024-10-12. Shmustar ->
    # GeoNames "Chmistâr" (Baalbek-Hermel); Bint Jbeil -> "Bent Jbail" (asciiname, also an alternate; same value as docs_notes.py); "a building" -> target
    # unknown. Kiryat Bialik: Hezbollah said it aimed at a base south of Haifa, police say a rocket hit
    # a house in Kiryat Bialik -> the place hit; rest intercepted -> hit. The evacuation warnings
    # (threat), the pager explosions and the Nasrallah strike (no time word), the war-wide toll and
    # the diplomacy are not events; the IDF's claim of strikes on depots "in the Bekaa and southern
    # Lebanon" describes the same Saturday strikes and makes no region record of its own.
    dict(id='art-reuters-lebanon-bekaa-south', pub='2024-10-13',
         title='Israeli strikes kill 15 in Lebanon\'s Bekaa and south; Hezbollah rocket hits house near Haifa',
         text=_p(
             'BEIRUT, Oct 13 (Reuters) - Israeli air strikes killed at least 15 people in eastern and southern Lebanon '
             'on Saturday, Lebanon\'s health ministry said, while a Hezbollah rocket hit a house in a suburb of the '
             'Israeli city of Haifa, wounding two people.',
             'A strike on a house in the town of Shmustar in the Baalbek district killed nine people, including three '
             'children, the ministry said in a statement on Sunday. Civil defence crews were still searching the rubble '
             'on Sunday morning.',
             'In the south, a strike on a building in the town of Bint Jbeil near the border with Israel killed six '
             'people, among them two paramedics from the Islamic Health Committee, which is affiliated with Hezbollah, '
             'the ministry said.',
             'The Israeli military said it had struck Hezbollah weapons depots and command centres in the Bekaa and '
             'southern Lebanon and had taken measures to reduce the risk to civilians.',
             'On Sunday, the military\'s Arabic-language spokesman issued evacuation warnings for residents of 23 '
             'villages in south Lebanon, telling them to move north of the Awali river.',
             'Hezbollah said it had fired a salvo of rockets at an Israeli army base south of Haifa. Israeli police said '
             'one rocket struck a house in Kiryat Bialik, north of Haifa, lightly wounding two people, and that the '
             'rest were intercepted or fell in open areas.',
             'Lebanon\'s health ministry says more than 2,200 people have been killed in Israeli attacks since October '
             'last year, most of them since late September, when Israel escalated its air campaign and later launched a '
             'ground offensive.',
             'The pager explosions that Hezbollah blamed on Israel, and the killing of its leader Hassan Nasrallah in a '
             'strike on Beirut\'s southern suburbs, have left the group reeling, analysts say.',
             'The U.N. peacekeeping force in Lebanon, UNIFIL, said Israeli troops had entered one of its positions in '
             'the south, a charge Israel did not immediately address.',
             'French Foreign Minister Jean-Noel Barrot, visiting Beirut, called for an immediate ceasefire.',
             '(Reporting by Beirut and Jerusalem newsrooms; Editing by Clare Mendel)'),
         events=[
             E('air', 'unknown', 'Shmustar', actor='Israel', target='residential', k=(9, 9), date='2024-10-12'),
             E('air', 'unknown', 'Bint Jbeil', actor='Israel', target='unknown', k=(6, 6), date='2024-10-12'),
             E('shell', 'rocket', 'Kiryat Bialik', actor='Hezbollah', target='residential', i=(2, 2),
               date='2024-10-12'),
         ]),

    # Regional outlet (The Irrawaddy). Myedu: fighter jet -> aircraft; the monastery compound is the
    # object hit -> infrastructure (religious site, like mosques in the README); "at least 17" ->
    # {17,null}; "more than 20" -> {21,null}; the regime's denial is of civilian deaths, not of the
    # strike. Mindat: the school -> civilians; Friday 2024-03-01. Madaya: the PDF's claim, drone
    # dropping bombs -> drone; police station -> government; actor "People's Defence Force" (the
    # canonical spelling of docs_notes.py; the text writes "Defense"). The Pazigyi bombing has no time word -> background; the "You may
    # also like" teasers are not events; Naypyitaw is where the junta chief spoke.
    dict(id='art-irrawaddy-sagaing-airstrike', pub='2024-03-04',
         title='Junta Airstrike Kills 17 Civilians Sheltering in Sagaing Monastery',
         text=_p(
             'A junta fighter jet bombed a monastery compound in Myedu town in Sagaing Region\'s Kanbalu District on '
             'Saturday afternoon, killing at least 17 civilians, including six children, and injuring more than 20, '
             'according to local resistance groups and residents.',
             'Residents said the jet dropped two bombs on the compound, where families displaced from nearby villages '
             'had been sheltering since last year.',
             'A member of the local People\'s Defense Force (PDF) said the toll could rise as some of the injured were '
             'in critical condition. "There is no military target here. There were only refugees from the villages and '
             'the monks," he told The Irrawaddy.',
             'The regime\'s information team denied that civilians had been killed, saying the air force had targeted '
             '"a gathering of PDF terrorists".',
             'On Friday, junta artillery shells hit a school in Mindat town in southern Chin State, killing two '
             'students and injuring five, according to the Chinland Joint Defense Committee.',
             'Meanwhile, the PDF said its drone unit dropped bombs on a police station in Madaya town, Mandalay Region, '
             'on Sunday, killing three police officers. The Irrawaddy could not independently verify the claim.',
             'Junta boss Min Aung Hlaing, speaking in Naypyitaw on Wednesday, said the military would "annihilate" '
             'armed groups that refused to join peace talks.',
             'Since the 2021 coup, the regime has carried out more than 1,600 airstrikes on civilian areas, according to '
             'the shadow National Unity Government. The bombing of a village ceremony in Pazigyi, which killed more '
             'than 160 people, remains the deadliest airstrike since the coup.',
             'Sagaing Region, a stronghold of the resistance, has borne the brunt of the junta\'s air campaign.',
             'You may also like these stories:',
             'Junta\'s Conscription Law Sparks Exodus of Young Myanmar People',
             'Arakan Army Seizes Another Town in Rakhine State'),
         events=[
             E('air', 'aircraft', 'Myedu', actor='Myanmar', target='infrastructure', k=(17, None), i=(21, None),
               date='2024-03-02'),
             E('shell', 'artillery', 'Mindat', actor='Myanmar', target='civilians', k=(2, 2), i=(5, 5),
               date='2024-03-01'),
             E('air', 'drone', 'Madaya', actor="People's Defence Force", target='government', k=(3, 3),
               date='2024-03-03'),
         ]),

    # NEGATIVE. Peace talks; the strikes it recalls (the Dahyan school bus, Abqaiq and Khurais) carry no
    # time word -> background (EVENTS.md); the April 2022 date belongs to the truce, not a strike;
    # warnings and conditionals are threats/hypotheticals.
    dict(id='art-ap-neg-yemen-riyadh-talks', pub='2023-09-17',
         title='Yemen\'s Houthi rebels hold talks in Saudi capital for a third day',
         text=_p(
             'RIYADH, Saudi Arabia (AP) \u2014 A delegation from Yemen\'s Houthi rebels held talks with Saudi officials '
             'in Riyadh for a third day on Sunday, the group\'s first public visit to the kingdom since the war began, '
             'as both sides seek a permanent end to the conflict.',
             'The talks focus on reopening Houthi-controlled ports and Sanaa\'s airport, paying public sector salaries, '
             'and a timetable for the withdrawal of foreign forces from Yemen, according to officials familiar with the '
             'negotiations.',
             'A truce brokered by the United Nations in April 2022 has largely held, even after it officially expired '
             'in October of that year.',
             'The war has killed more than 150,000 people, including fighters and civilians, and created one of the '
             'world\'s worst humanitarian disasters.',
             'Memories of the war\'s worst episodes still shape the negotiations. The Saudi-led coalition\'s airstrike on '
             'a school bus in Dahyan, which killed dozens of children, and the Houthi drone and missile attacks on the '
             'Saudi oil facilities at Abqaiq and Khurais are frequently cited by both sides.',
             '"We came to Riyadh to end the aggression and the siege," Houthi spokesman Mohammed Abdulsalam said. "If '
             'the talks fail, the Yemeni people have the right to respond to any aggression."',
             'The U.N. special envoy for Yemen, Hans Grundberg, welcomed the talks as a step toward a comprehensive '
             'political settlement.',
             'A Houthi official, speaking on condition of anonymity, said a new prisoner exchange was also being '
             'discussed.',
             'Saudi officials did not comment publicly on the talks, but the kingdom\'s state-run news agency described '
             'them as "positive."',
             'Associated Press writers in Dubai and Cairo contributed to this report.'),
         events=[]),

    # Wire story with a military statement quoted at length (CENTCOM), DUBAI dateline. Aden: "about 70
    # nautical miles southeast of the port city of Aden" -> Aden, precision near; ship -> infrastructure;
    # two missiles, one struck -> hit; "minor injuries to two crew members" -> {2,2}. CENTCOM's
    # "self-defense strikes ... in Houthi-controlled areas of Yemen" name no place -> country record,
    # unnamed strikes -> shelling/unknown, weapons destroyed -> military, hit. Ras Isa: Al Masirah's
    # report of four strikes "overnight" (published Thursday) -> 2024-03-20; "U.S. warplanes" ->
    # aircraft; nothing said about effect -> unknown; port area -> infrastructure. The Houthis' count
    # of attacks since November is an aggregate; Saree's vow is a threat.
    dict(id='art-reuters-centcom-gulf-of-aden', pub='2024-03-21',
         title='Houthi missile hits Greek-owned ship off Aden, U.S. forces destroy drone boats and missiles in Yemen',
         text=_p(
             'DUBAI, March 21 (Reuters) - A ballistic missile fired by Yemen\'s Houthi militia struck a Greek-owned bulk '
             'carrier in the Gulf of Aden on Wednesday, injuring two crew members and causing a fire on board, the U.S. '
             'military said.',
             'The attack happened about 70 nautical miles southeast of the port city of Aden, the British maritime '
             'security agency UKMTO said, adding that the crew had put out the fire and the vessel was proceeding to its '
             'next port of call.',
             'In a statement posted on X, U.S. Central Command said:',
             '"On March 20 at approximately 2:50 p.m. (Sanaa time), Iranian-backed Houthi terrorists fired two '
             'anti-ship ballistic missiles from Houthi-controlled areas of Yemen into the Gulf of Aden toward M/V '
             'Aegean Star, a Marshall Islands-flagged, Greek-owned and operated bulk carrier. One missile struck the '
             'vessel, causing a fire and minor injuries to two crew members. The second missile impacted the water.',
             'Subsequently, between 4:00 p.m. and 9:30 p.m. (Sanaa time), CENTCOM forces conducted five self-defense '
             'strikes, destroying two unmanned surface vessels and three mobile anti-ship cruise missiles in '
             'Houthi-controlled areas of Yemen. These weapons presented an imminent threat to merchant vessels and U.S. '
             'Navy ships in the region.',
             'These actions will protect freedom of navigation and make international waters safer and more secure for '
             'U.S. Navy and merchant vessels."',
             'Houthi military spokesman Yahya Saree said in a televised speech that the group had targeted the ship '
             'because it was "American", and vowed to continue attacks until Israel ends its war in Gaza.',
             'The Houthis have launched dozens of drone and missile attacks on ships in the Red Sea, the Bab al-Mandab '
             'Strait and the Gulf of Aden since November, forcing many shipping companies to reroute around Africa.',
             'Houthi-run Al Masirah TV reported on Thursday that U.S. warplanes had carried out four strikes on the Ras '
             'Isa port area north of Hodeidah overnight. There was no immediate comment from Washington.',
             'Egypt\'s Suez Canal revenues have fallen by about half since the attacks began, Egyptian officials have '
             'said.',
             '(Reporting by Dubai newsroom; Editing by Peter Gault)'),
         events=[
             E('shell', 'missile', 'Aden', near=True, actor='Houthis', target='infrastructure', i=(2, 2),
               date='2024-03-20'),
             E('shell', 'unknown', 'Yemen', actor='United States', target='military', date='2024-03-20'),
             E('air', 'aircraft', 'Ras Isa', actor='United States', target='infrastructure', out='unknown',
               date='2024-03-20'),
         ]),

    # Wire story, KYIV dateline (the strikes are in Odesa and Kherson regions). Izmail: "overnight"
    # (published Monday) -> Sunday 2023-09-03; Shahed -> drone; the Russian MoD's "group strike" on the
    # same port is the same record; "two people ... taken to hospital with shrapnel wounds" -> {2,2}.
    # Reni: shoot-downs only, "no damage" -> intercepted, counts null; date from the overnight framing.
    # Antonivka: the Kherson-suburb namesake (713304), "on Sunday"; "a 58-year-old man" -> target null.
    # The Krasnodar region is the launch site; Romania's statement is not a report of an impact.
    dict(id='art-reuters-izmail-danube-port', pub='2023-09-04',
         title='Russian drones hit Ukraine\'s Danube port of Izmail in overnight attack',
         text=_p(
             'KYIV, Sept 4 (Reuters) - Russian drones struck port and grain facilities in Ukraine\'s Danube river port '
             'of Izmail in a three-and-a-half-hour attack overnight, wounding two people, Ukrainian officials said on '
             'Monday.',
             'Izmail, which lies across the river from NATO member Romania, has become a key route for Ukrainian grain '
             'exports since Moscow quit a deal in July that had allowed safe shipment through the Black Sea.',
             '"Another night attack by Russian terrorists on our port infrastructure in the Danube region," Oleh Kiper, '
             'governor of the Odesa region, said on the Telegram messaging app. He said two people, a truck driver and a '
             'port worker, had been taken to hospital with shrapnel wounds.',
             'Ukraine\'s air force said it had destroyed 22 of 25 Shahed drones launched by Russia from the Krasnodar '
             'region in southern Russia.',
             'Deputy Prime Minister Oleksandr Kubrakov said the attack damaged grain silos, administrative buildings and '
             'agricultural machinery. "Every drone that flies at our ports also flies at the food security of Africa '
             'and Asia," he said.',
             'In the port of Reni, about 40 km upstream, air defences shot down two drones, the regional military '
             'administration said. There was no damage.',
             'Russia\'s Defence Ministry said its forces had carried out a "group strike" overnight on fuel storage '
             'facilities in the port of Izmail used to supply the Ukrainian military, and that all designated targets '
             'were hit.',
             'Romania\'s Defence Ministry said at no point had the Russian attack posed a direct military threat to '
             'Romanian territory or territorial waters.',
             'In the southern Kherson region, Russian shelling of the settlement of Antonivka, on the outskirts of the '
             'city of Kherson, killed a 58-year-old man on Sunday, Governor Oleksandr Prokudin said.',
             'Kyiv has opened a temporary Black Sea shipping corridor for vessels stuck in its ports since the '
             'invasion, and several ships have left through it.',
             'Chicago wheat futures rose 1.2% on Monday after the attack.',
             '(Reporting by Kyiv newsroom; Editing by Anna Wexler)'),
         events=[
             E('air', 'drone', 'Izmail', actor='Russia', target='infrastructure', i=(2, 2), date='2023-09-03'),
             E('air', 'drone', 'Reni', actor='Russia', out='intercepted', date='2023-09-03'),
             E('shell', 'artillery', 'Antonivka (Kherson)', actor='Russia', k=(1, 1), date='2023-09-03'),
         ]),

    # Wire story (AFP), NAIROBI dateline; a rights commission's statement. Bichena: "on Sunday"
    # (published Wednesday 2024-01-24) -> 2024-01-21; residents say the federal army operated the
    # drone -> actor Ethiopia; the bus station -> infrastructure; "at least 12" -> {12,null}, "at
    # least 15" -> {15,null}. Lalibela: "near the town" -> near; explicit "January 18"; the statement
    # attributes it to no one and the article ties it to no party -> actor null; "five people" ->
    # target null. Bahir Dar (destination), the Dedebit strike (no time word) and the Pretoria deal
    # are not events.
    dict(id='art-afp-ethiopia-amhara-drone', pub='2024-01-24',
         title='Drone strike on Ethiopian bus station kills 12, rights body says',
         text=_p(
             'Nairobi (AFP) \u2013 A drone strike killed at least 12 civilians at a bus station in the town of Bichena '
             'in Ethiopia\'s restive Amhara region, the state-affiliated Ethiopian Human Rights Commission (EHRC) said '
             'Wednesday.',
             'The strike happened on Sunday morning as passengers were boarding minibuses for the regional capital '
             'Bahir Dar, the commission said in a statement, adding that at least 15 other people were wounded.',
             '"The Commission has received credible reports that civilians, including passengers and traders, were '
             'killed and injured in a drone strike," the EHRC said, urging "all parties to the conflict" to respect '
             'international humanitarian law.',
             'Two residents reached by AFP by phone said the drone had been operated by the federal army, which has '
             'been fighting the Fano militia in Amhara since August. "The government says it is hunting Fano, but it '
             'was the bus station that was hit," one said, asking not to be named for safety reasons.',
             'A government spokesman and the army did not respond to AFP\'s requests for comment.',
             'The EHRC said it had also received reports of a drone strike near the town of Lalibela, famous for its '
             'rock-hewn churches, on January 18, which killed five people.',
             'Access to Amhara is heavily restricted and mobile internet has been cut in much of the region since '
             'August, making it difficult to verify information independently.',
             'The conflict erupted after the federal government moved to integrate regional special forces into the '
             'army and police. Fano fighters briefly seized parts of Lalibela and Gondar before being pushed back.',
             'Drones have been a key weapon in the Ethiopian government\'s campaigns, including during the two-year war '
             'in the northern region of Tigray, which ended with a peace deal signed in Pretoria in November 2022. The '
             'drone strike on a camp for displaced people in Dedebit, which killed dozens, drew international '
             'condemnation.',
             'A state of emergency declared in Amhara has been extended, giving the authorities sweeping powers of '
             'arrest.'),
         events=[
             E('air', 'drone', 'Bichena', actor='Ethiopia', target='infrastructure', k=(12, None), i=(15, None),
               date='2024-01-21'),
             E('air', 'drone', 'Lalibela', near=True, k=(5, 5), date='2024-01-18'),
         ]),
]
