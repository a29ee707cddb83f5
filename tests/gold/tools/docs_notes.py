"""(e) conflict analysts' notes: ACLED-style event notes, UCDP/Airwars casualty notes, ISW/Critical
Threats daily-update sentences, OCHA flash updates, Liveuamap one-liners and security-consultancy
incident logs. Texts are written for this gold set (no published note is copied); incidents, places
and actors are real kinds. Annotated from /work/shared/EVENTS.md and tests/gold/README.md alone.

Conventions decided for this batch (not settled by EVENTS.md or the README):
- Canonical actors: state forces by the state's English short name ("Military Forces of Myanmar
  (2021-)" -> Myanmar, "Police/Military Forces of Nigeria" -> Nigeria, SAF -> Sudan, FARDC -> DR Congo,
  ENDF -> Ethiopia, GNU -> Libya, IDF -> Israel, AFRICOM/CENTCOM -> United States); groups by the name
  analysts use: JNIM, ISWAP, Islamic State Sahel (IS Sahel), Boko Haram, M23, Houthis, Rapid Support
  Forces, Al Shabaab, Hamas, Hezbollah, Islamic Resistance in Iraq, People's Defence Force,
  Balochistan Liberation Front, Jaish-ul-Fursan, Islamic State (when the text says "Islamic State"/
  "ISIS"). "Suspected X" fills the actor with X (EVENTS.md: the accused actor is named); "unidentified
  armed group" / no claim -> null.
- Date ranges ("Around 9 March 2024 (between 8 and 9 March)"): both days lie in one Mon-Sun week, so
  the record is that week, precision `week`, dated by its Monday (EVENTS.md week rule).
- dd/mm/yyyy in logs is read day first (the logs say so by their own dates: 15/06, 14/03).
- A place the text names that is not in the gazetteer (Tudun Biri, Abu Shouk camp, Ain al Asad
  Airbase) is kept as the most specific place named, with geonames_id/lat/lon null (README: "places
  not in GeoNames"), precision `exact`, admin1 from the text; a camp inside a city (Tulkarm camp) is
  the city (EVENTS.md: neighbourhood -> city).
- location.name: the text's spelling when the entry lists it (case-insensitively), else the entry's
  ASCII name (as 'Al Hudaydah' in places.py).
- admin1: GeoNames' English admin1 name where it is English (Borno State, Sagaing Region, Red Sea,
  Southern District), the analysts' name where GeoNames' is French/transliterated (North Kivu,
  Tillaberi, Baalbek-Hermel, Taiz, Zawiya, Damascus, Babil, North Darfur); Somali regions keep the
  GeoNames spelling (Hiiraan, Middle Juba), as 'Banaadir' in places.py.
- A suicide car bomb (VBIED) is `suicide_bomb` with weapon `ied` (the closed list has no vehicle bomb;
  `suicide_vest` is reserved for a vest). A naval drone (USV) is `air_drone_strike`/`drone`.
- A military convoy is `military` (EVENTS.md's "convoys -> civilians" read as civilian convoys); IDP
  camps and displacement sites are `civilians`; a tent sheltering a family is `residential` (a home).
- KIA/WIA are killed/injured. "Fatalities: N" is a report of N killed; where the note also gives a
  different figure, the two reports are merged by EVENTS.md's {lowest min, highest max} rule.
"""
from docs_ucdp import E

# key: (name, country, admin1, geonames_id, lat, lon) -- keys not in places.P
PLACES = {
    'Antonivka (Kherson)': ('Antonivka', 'UA', 'Kherson', 713304, 46.67666, 32.73061),
    'Shebekino': ('Shebekino', 'RU', 'Belgorod', 495112, 50.40967, 36.9136),
    'Novorossiysk': ('Novorossiysk', 'RU', 'Krasnodar', 518255, 44.72439, 37.76752),
    'Tuapse': ('Tuapse', 'RU', 'Krasnodar', 480716, 44.1053, 39.0802),
    'Dzhankoi': ('Dzhankoi', 'UA', 'Crimea', 709334, 45.7131, 34.39273),
    'Velyka Pysarivka': ('Velyka Pysarivka', 'UA', 'Sumy', 690230, 50.4243, 35.47989),
    'Pokrovsk': ('Pokrovsk', 'UA', 'Donetsk', 704422, 48.28198, 37.17585),
    'Rafah': ('Rafah', 'PS', 'Gaza Strip', 281102, 31.29722, 34.24357),
    'Kerem Shalom': ('Kerem Shalom', 'IL', 'Southern District', 294481, 31.22777, 34.28459),
    'Al Mawasi': ('Al Mawasi', 'PS', 'Gaza Strip', 6968060, 31.32919, 34.23108),
    'Tulkarm': ('Tulkarm', 'PS', 'West Bank', 281577, 32.31156, 35.0269),
    # "Khiam (Marjayoun, Nabatieh)": the Nabatieh El Khiyam, not the Mount Lebanon El Khiam.
    'Khiam': ('El Khiyam', 'LB', 'Nabatieh', 279727, 33.32778, 35.61278),
    'Odaisseh': ('Aadaisse', 'LB', 'Nabatieh', 266560, 33.25417, 35.5425),
    'Bint Jbeil': ('Bent Jbail', 'LB', 'Nabatieh', 276592, 33.11944, 35.43333),
    'Baalbek': ('Baalbek', 'LB', 'Baalbek-Hermel', 277130, 34.00583, 36.21806),
    'Amuda': ('`Amuda', 'SY', 'Al-Hasakah', 173230, 37.10417, 40.93),
    'Kobani': ('Kobani', 'SY', 'Aleppo', 172256, 36.89095, 38.35347),
    'Tal Tamr': ('Tall Tamr', 'SY', 'Al-Hasakah', 163434, 36.65556, 40.37079),
    'Jisr al-Shughur': ('Jisr ash Shughur', 'SY', 'Idlib', 169023, 35.81418, 36.31983),
    'Damascus': ('Damascus', 'SY', 'Damascus', 170654, 33.5102, 36.29128),
    'Ain al Asad': ('Ain al Asad Airbase', 'IQ', 'Al Anbar', None, None, None),
    'Jurf al Sakhar': ('Jurf al Sakhar', 'IQ', 'Babil', 95069, 32.8736, 44.19388),
    'Sinjar': ('Sinjar', 'IQ', 'Nineveh', 448149, 36.3209, 41.87656),
    # "Hawija (Kirkuk)": the Kirkuk Al Hawijah, not the Diyala Hawijah.
    'Hawija': ('Al Hawijah', 'IQ', 'Kirkuk', 390188, 35.32592, 43.77267),
    'Aden': ('Aden', 'YE', 'Aden', 415189, 12.77944, 45.03667),
    'Ras Isa': ('Ras Isa', 'YE', 'Al Hudaydah', 74406, 15.18854, 42.66246),
    'Taiz': ('Taiz', 'YE', 'Taiz', 70225, 13.57952, 44.02091),
    # "Hays, Al Hudaydah governorate": not the Lahij Hays.
    'Hays': ('Hays', 'YE', 'Al Hudaydah', 74906, 13.9317, 43.4831),
    'Port Sudan': ('Port Sudan', 'SD', 'Red Sea', 377039, 19.61745, 37.21644),
    'Kassala': ('Kassala', 'SD', 'Kassala', 372753, 15.45099, 36.39998),
    'Kabkabiya': ('Kabkabiyah', 'SD', 'North Darfur', 373198, 13.65, 24.08333),
    # Abu Shouk IDP camp (El Fasher) is not in the gazetteer; the only "Abu Shok" there is a village
    # in North Kordofan, 600 km away, which would be the wrong namesake.
    'Abu Shouk': ('Abu Shouk', 'SD', 'North Darfur', None, None, None),
    'Beledweyne': ('Beledweyne', 'SO', 'Hiiraan', 64460, 4.73583, 45.20361),
    # Jilib in Middle Juba, not the Lower Shabeelle village of the same name.
    'Jilib': ('Jilib', 'SO', 'Middle Juba', 56166, 0.48829, 42.78535),
    'Tinzaouaten': ('Tinzaouaten', 'ML', 'Kidal', 2476086, 19.95427, 2.96732),
    'Diafarabe': ('Diafarabé', 'ML', 'Mopti', 2459126, 14.13814, -5.01781),
    'Djibo': ('Djibo', 'BF', 'Sahel', 2361177, 14.0994, -1.62554),
    'Dori': ('Dori', 'BF', 'Sahel', 2361082, 14.0341, -0.03261),
    'Tassia': ('Tassia', 'NE', 'Tillaberi', 2439071, 13.83195, 1.08425),
    'Dikwa': ('Dikwa', 'NG', 'Borno State', 2344854, 12.03609, 13.91815),
    'Damboa': ('Damboa', 'NG', 'Borno State', 2345498, 11.15534, 12.75638),
    'Konduga': ('Konduga', 'NG', 'Borno State', 2334044, 11.65331, 13.41787),
    # Tudun Biri (Igabi LGA) is not in the gazetteer; the town "Igabi" is a different place.
    'Tudun Biri': ('Tudun Biri', 'NG', 'Kaduna State', None, None, None),
    'Pazigyi': ('Pazigyi', 'MM', 'Sagaing Region', 1300586, 23.00436, 95.92086),
    'Naypyitaw': ('Naypyitaw', 'MM', 'Nay Pyi Taw', 6611854, 19.745, 96.12972),
    'Goma': ('Goma', 'CD', 'North Kivu', 216281, -1.67409, 29.22845),
    # "Sake, 25 km west of Goma": not the other North Kivu Sake near Lubero.
    'Sake': ('Sake', 'CD', 'North Kivu', 205970, -1.57386, 29.04339),
    'Finote Selam': ('Finote Selam', 'ET', 'Amhara', 337712, 10.7, 37.26667),
    'Bannu': ('Bannu', 'PK', 'Khyber Pakhtunkhwa', 1183460, 32.98527, 70.60403),
    # Turbat (Kech, Balochistan), not the Punjab village.
    'Turbat': ('Turbat', 'PK', 'Balochistan', 1163054, 26.00122, 63.04849),
    'Zawiya': ('Zawiya', 'LY', 'Zawiya', 2216885, 32.75222, 12.72778),
}

# key: (name, country, admin1, precision) -- keys not in places.R
REGIONS = {
    'Mykolaiv Oblast': ('Mykolaiv Oblast', 'UA', 'Mykolaiv', 'admin1'),
    'Kherson Oblast': ('Kherson Oblast', 'UA', 'Kherson', 'admin1'),
    'Borno State': ('Borno State', 'NG', 'Borno State', 'admin1'),
    'Somalia': ('Somalia', 'SO', None, 'country'),
}

DOCS = [
    # ---------------------------------------------------------------- Ukraine / Russia
    # Antonivka (Kherson): three namesakes in Kherson oblast; the shelled suburb of Kherson city
    # (Khersonskyi raion) is 713304. "a civilian man ... three other civilians": target civilians.
    dict(id='notes-acled-antonivka', pub='2024-01-23',
         text='On 18 January 2024, Russian forces shelled Antonivka (Khersonskyi, Kherson), killing a civilian man '
              'and wounding three other civilians. Fatalities: 1.',
         events=[E('shell', 'artillery', 'Antonivka (Kherson)', actor='Russia', target='civilians', k=(1, 1),
                   i=(3, 3), date='2024-01-18')]),
    # "On the night of March 14 to 15": the day the night began (EVENTS.md). Drones downed over two
    # oblasts: one region record per oblast, intercepted; the missile strike on Odesa City hit.
    dict(id='notes-isw-odesa-night', pub='2024-03-15',
         text='Russian forces conducted a missile strike against Odesa City on the night of March 14 to 15 and '
              'launched Shahed drones against southern Ukraine. Ukrainian sources reported that two Iskander-M '
              'ballistic missiles struck port infrastructure in Odesa City, killing four people and injuring 12. '
              'The Ukrainian Air Force reported that Ukrainian forces downed all nine Shahed-136/131 drones over '
              'Mykolaiv and Kherson oblasts. Geolocated footage published on March 15 shows a large fire at the '
              'port\'s grain terminal.',
         events=[E('shell', 'missile', 'Odesa', actor='Russia', target='infrastructure', k=(4, 4), i=(12, 12),
                   date='2024-03-14'),
                 E('air', 'drone', 'Mykolaiv Oblast', actor='Russia', out='intercepted', date='2024-03-14'),
                 E('air', 'drone', 'Kherson Oblast', actor='Russia', out='intercepted', date='2024-03-14')]),
    # Feed one-liners with no date in the text: publication date, precision unknown (EVENTS.md).
    # "Saltivskyi district" -> Kharkiv. "Ukrainian shelling" -> artillery; Vampire MLRS -> rocket.
    # Belgorod: nothing named as hit -> target null.
    dict(id='notes-liveuamap-kharkiv-belgorod', pub='2024-05-19',
         text='Kharkiv: 2 injured as Russian drone hits residential building in Saltivskyi district\n'
              'Explosions reported in Belgorod; governor says 1 killed by Ukrainian shelling\n'
              'Shebekino: Ukrainian Vampire MLRS strike damaged power substation, no casualties - local officials',
         events=[E('air', 'drone', 'Kharkiv', actor='Russia', target='residential', i=(2, 2)),
                 E('shell', 'artillery', 'Belgorod', actor='Ukraine', k=(1, 1)),
                 E('shell', 'rocket', 'Shebekino', actor='Ukraine', target='infrastructure', k=(0, 0), i=(0, 0))]),
    # Log dates day first. Naval drones (USVs) -> air_drone_strike/drone (batch convention), all
    # destroyed -> intercepted; "no damage" says nothing about people -> counts null. Tuapse: no
    # attribution in the line -> actor null.
    dict(id='notes-log-krasnodar', pub='2024-05-18',
         text='16/05/2024 \u2013 Novorossiysk, Krasnodar Krai \u2013 Ukrainian naval drones (USVs) attempted to attack '
              'the naval base; Black Sea Fleet reports all three destroyed on approach, no damage.\n'
              '17/05/2024 \u2013 Tuapse, Krasnodar Krai \u2013 UAV attack on the Rosneft refinery; fire at a vacuum '
              'distillation unit, extinguished by 06:40 local time. No casualties reported.',
         events=[E('air', 'drone', 'Novorossiysk', actor='Ukraine', target='military', out='intercepted',
                   date='2024-05-16'),
                 E('air', 'drone', 'Tuapse', target='infrastructure', k=(0, 0), i=(0, 0), date='2024-05-17')]),
    # Region-only toll known through a dated statement ("reported on March 3 ... over the past day"):
    # the statement's date (EVENTS.md), region record Donetsk Oblast. The ground attacks are not events.
    dict(id='notes-isw-donetsk-oblast', pub='2024-03-04',
         text='Donetsk Oblast Military Administration Head Vadym Filashkin reported on March 3 that Russian shelling '
              'killed two civilians and injured four others in Donetsk Oblast over the past day but did not specify '
              'the settlements. Russian forces continued ground attacks northwest of Avdiivka near Berdychi and '
              'Orlivka on March 3 but did not advance.',
         events=[E('shell', 'artillery', 'Donetsk Oblast', actor='Russia', target='civilians', k=(2, 2), i=(4, 4),
                   date='2024-03-03')]),
    # ATACMS -> missile; all shot down -> intercepted, region record Crimea. The S-400 is the target,
    # not the weapon. "near Dzhankoi" -> near.
    dict(id='notes-isw-crimea', pub='2024-05-30',
         text='The Russian Ministry of Defense (MoD) claimed that Russian air defenses shot down six Ukrainian ATACMS '
              'missiles over Crimea on the night of May 29 to 30. Geolocated footage published on May 30 shows a '
              'Ukrainian drone striking a Russian S-400 launcher near Dzhankoi, Crimea, on May 29.',
         events=[E('shell', 'missile', 'Crimea', actor='Ukraine', out='intercepted', date='2024-05-29'),
                 E('air', 'drone', 'Dzhankoi', near=True, actor='Ukraine', target='military', date='2024-05-29')]),
    # FPV -> drone; "a civilian car" -> a car, target unknown (README).
    dict(id='notes-acled-velyka-pysarivka', pub='2024-06-10',
         text='On 2 June 2024, a Russian FPV drone struck a civilian car near Velyka Pysarivka (Okhtyrskyi, Sumy), '
              'killing a man. Fatalities: 1.',
         events=[E('air', 'drone', 'Velyka Pysarivka', near=True, actor='Russia', target='unknown', k=(1, 1),
                   date='2024-06-02')]),
    # Published Tue 2024-08-20: "on Sunday" -> 2024-08-18. KAB glide bombs name no aircraft -> unknown
    # (README). "several people" -> {3,null}.
    dict(id='notes-monitor-pokrovsk', pub='2024-08-20',
         text='Pokrovsk: Russian forces struck the city with two KAB glide bombs on Sunday; a hospital was damaged and '
              'several people were injured, the city military administration said.',
         events=[E('air', 'unknown', 'Pokrovsk', actor='Russia', target='infrastructure', i=(3, None),
                   date='2024-08-18')]),

    # ---------------------------------------------------------------- Gaza / Israel / West Bank
    # "two houses" -> residential; "airstrikes" without aircraft named -> unknown. The rockets on
    # Kerem Shalom: Hamas (its armed wing), "near the crossing" -> near, target military.
    dict(id='notes-ocha-rafah', pub='2024-05-07',
         text='Gaza Humanitarian Response Update. On 6 May, Israeli airstrikes hit two houses in the Ash Shaboura area '
              'of Rafah, reportedly killing at least 22 Palestinians, including eight children. On 5 May, rockets '
              'fired from the Rafah area by the Qassam Brigades, the armed wing of Hamas, struck an Israeli military '
              'staging area near the Kerem Shalom crossing, killing four Israeli soldiers and injuring ten others, '
              'according to Israeli sources. Kerem Shalom was subsequently closed to the entry of aid.',
         events=[E('air', 'unknown', 'Rafah', actor='Israel', target='residential', k=(22, None), date='2024-05-06'),
                 E('shell', 'rocket', 'Kerem Shalom', near=True, actor='Hamas', target='military', k=(4, 4),
                   i=(10, 10), date='2024-05-05')]),
    # Airwars-style. A tent sheltering a displaced family is a home -> residential (batch convention).
    # "in the Al Mawasi area west of Khan Younis": Al Mawasi is itself a gazetteer entry -> exact.
    dict(id='notes-airwars-mawasi', pub='2024-08-05',
         text='Civilian harm: 4 killed incl. 2 children; 6 injured. Local sources report that an IDF drone struck a '
              'tent sheltering a displaced family in the Al Mawasi area west of Khan Younis on the morning of 3 '
              'August 2024. Grading: Fair. Belligerent: Israel. The IDF did not comment on the incident.',
         events=[E('air', 'drone', 'Al Mawasi', actor='Israel', target='residential', k=(4, 4), i=(6, 6),
                   date='2024-08-03')]),
    # Tulkarm refugee camp lies inside the city -> Tulkarm (EVENTS.md neighbourhood rule). The
    # exchange of fire in Jenin is small-arms fighting, not an event.
    dict(id='notes-ocha-tulkarm', pub='2024-10-04',
         text='West Bank: On 3 October, an Israeli aircraft struck a caf\u00e9 in Tulkarm refugee camp, killing 18 '
              'Palestinians, according to the Palestinian Ministry of Health. The Israeli military said it had '
              'targeted a Hamas commander. Separately, on 2 October, Israeli forces and Palestinians exchanged fire '
              'during a raid in Jenin; no casualties were reported.',
         events=[E('air', 'aircraft', 'Tulkarm', actor='Israel', target='infrastructure', k=(18, 18),
                   date='2024-10-03')]),

    # ---------------------------------------------------------------- Lebanon
    # Two villages in one note: one record per place. "outskirts" names nothing hit -> target null.
    # "No casualties reported" -> killed and injured {0,0} for each.
    dict(id='notes-acled-khiam-odaisseh', pub='2024-06-18',
         text='On 14 June 2024, Israeli forces shelled the outskirts of Khiam and Odaisseh (Marjayoun, Nabatieh) with '
              'artillery, including white phosphorus rounds. No casualties reported.',
         events=[E('shell', 'artillery', 'Khiam', actor='Israel', k=(0, 0), i=(0, 0), date='2024-06-14'),
                 E('shell', 'artillery', 'Odaisseh', actor='Israel', k=(0, 0), i=(0, 0), date='2024-06-14')]),
    # Metula: the drone "fell in an open area" -> an impact, so `hit` (EVENTS.md: any impact), target
    # the stated IDF position. Bint Jbeil: a motorcycle is a vehicle -> unknown. Baalbek: the IDF
    # "struck" with no weapon word -> shelling_artillery_missile/unknown (EVENTS.md unnamed strikes);
    # "a building" -> unknown; "several" -> {3,null}.
    dict(id='notes-ct-hezbollah-israel', pub='2024-06-20',
         text='Hezbollah claimed a drone attack targeting an IDF position in Metula on June 19. The IDF said the drone '
              'fell in an open area and caused no injuries. An Israeli drone strike on a motorcycle in Bint Jbeil '
              'killed two Hezbollah fighters on June 19. The IDF also struck a building in Baalbek on the same day, '
              'killing several people, according to Lebanese media.',
         events=[E('air', 'drone', 'Metula', actor='Hezbollah', target='military', i=(0, 0), date='2024-06-19'),
                 E('air', 'drone', 'Bint Jbeil', actor='Israel', target='unknown', k=(2, 2), date='2024-06-19'),
                 E('shell', 'unknown', 'Baalbek', actor='Israel', target='unknown', k=(3, None),
                   date='2024-06-19')]),

    # ---------------------------------------------------------------- Syria
    # Round-up under a dated heading: one record per place, all 6 October. The "Total" line restates
    # the tolls and adds no record. "on the road ... near Amuda" -> near; "near Tal Tamr" -> near.
    dict(id='notes-roundup-ne-syria', pub='2023-10-07',
         text='NE Syria, 6 October 2023:\n'
              '- A Turkish drone struck an SDF vehicle on the road between Amuda and Qamishli, near Amuda '
              '(Al-Hasakah), killing two SDF fighters.\n'
              '- Turkish drones hit the power station in Kobani (Aleppo); no casualties reported.\n'
              '- A Turkish drone strike on an oil facility near Tal Tamr injured 3 workers.\n'
              'Total: 2 killed, 3 injured.',
         events=[E('air', 'drone', 'Amuda', near=True, actor='Turkey', target='military', k=(2, 2),
                   date='2023-10-06'),
                 E('air', 'drone', 'Kobani', actor='Turkey', target='infrastructure', k=(0, 0), i=(0, 0),
                   date='2023-10-06'),
                 E('air', 'drone', 'Tal Tamr', near=True, actor='Turkey', target='infrastructure', i=(3, 3),
                   date='2023-10-06')]),
    # Published Mon 2023-06-26: "on Sunday" -> 2023-06-25. "up to 9" -> {1,9}. Market -> infrastructure.
    dict(id='notes-idlib-jisr-market', pub='2023-06-26',
         text='Idlib: Russian warplanes carried out an airstrike on a vegetable market in Jisr al-Shughur on Sunday, '
              'killing up to 9 civilians, according to local civil defence teams.',
         events=[E('air', 'aircraft', 'Jisr al-Shughur', actor='Russia', target='infrastructure', k=(1, 9),
                   date='2023-06-25')]),
    # "the Kafr Sousa district of Damascus" -> Damascus. Some missiles intercepted, but a building
    # was hit -> hit.
    dict(id='notes-syria-damascus-missiles', pub='2024-02-22',
         text='Israeli missiles struck a residential building in the Kafr Sousa district of Damascus on 21 Feb, killing '
              'two people, state news agency SANA reported, adding that Syrian air defences had intercepted "most of '
              'the hostile missiles".',
         events=[E('shell', 'missile', 'Damascus', actor='Israel', target='residential', k=(2, 2),
                   date='2024-02-21')]),

    # ---------------------------------------------------------------- Iraq
    # Ain al Asad Airbase: not in the gazetteer -> kept by name, coordinates null (batch convention);
    # a claimed attack with no reported effect -> outcome unknown. Jurf al Sakhar: "airstrikes" with no
    # aircraft named -> unknown weapon; nothing said about the effect -> outcome unknown.
    dict(id='notes-ct-iraq', pub='2024-01-24',
         text='The Islamic Resistance in Iraq claimed a one-way drone attack targeting US forces at Ain al Asad '
              'Airbase, Anbar Province, on January 22. US CENTCOM did not confirm the attack. US forces conducted '
              'airstrikes on three Kataib Hezbollah facilities in Jurf al Sakhar, Babil Province, on January 23 in '
              'response to recent attacks on US personnel.',
         events=[E('air', 'drone', 'Ain al Asad', actor='Islamic Resistance in Iraq', target='military', out='unknown',
                   date='2024-01-22'),
                 E('air', 'unknown', 'Jurf al Sakhar', actor='United States', target='military', out='unknown',
                   date='2024-01-23')]),
    # A vehicle carrying militia members -> military (README: soldiers' vehicle). Commander + driver.
    dict(id='notes-iraq-sinjar-drone', pub='2024-07-13',
         text='A Turkish drone struck a vehicle carrying members of the Sinjar Resistance Units (YBS) near Sinjar '
              '(Nineveh) on 12 July, killing a YBS commander and injuring his driver.',
         events=[E('air', 'drone', 'Sinjar', near=True, actor='Turkey', target='military', k=(1, 1), i=(1, 1),
                   date='2024-07-12')]),
    # "suspected ISIS militants" -> Islamic State. "an officer and two soldiers" -> 3 (victim arithmetic).
    # "south of Hawija" -> near.
    dict(id='notes-acled-hawija-ied', pub='2023-11-06',
         text='On 5 November 2023, an IED planted by suspected ISIS militants exploded against an Iraqi army patrol '
              'south of Hawija (Kirkuk), killing an officer and two soldiers.',
         events=[E('rem', 'ied', 'Hawija', near=True, actor='Islamic State', target='military', k=(3, 3),
                   date='2023-11-05')]),

    # ---------------------------------------------------------------- Yemen / Red Sea
    # Maritime log, day first. Line 1: struck -> hit, ship -> infrastructure (README), "80nm SE of Aden"
    # -> Aden near (as "off the port of Hodeidah" in team.jsonl); "no injuries to crew" -> injured {0,0}.
    # Line 2: a missile splashed nearby, no impact, not shot down -> outcome unknown; no attribution
    # in the line -> actor null; "vessel and crew safe" -> no one hurt {0,0}.
    dict(id='notes-log-gulf-of-aden', pub='2024-06-16',
         text='15/06/2024 \u2013 Gulf of Aden, approx. 80nm SE of Aden \u2013 Bulk carrier reported being struck by a '
              'projectile on the port side; minor fire, no injuries to crew. Houthi forces later claimed the attack '
              'with an anti-ship ballistic missile.\n'
              '15/06/2024 \u2013 Red Sea, 60nm W of Hodeidah \u2013 Master reported a missile splash in close proximity '
              'to the vessel; no impact. Vessel and crew safe.',
         events=[E('shell', 'missile', 'Aden', near=True, actor='Houthis', target='infrastructure', i=(0, 0),
                   date='2024-06-15'),
                 E('shell', 'missile', 'Hodeidah', near=True, target='infrastructure', k=(0, 0), i=(0, 0),
                   out='unknown', date='2024-06-15')]),
    # Night of 17 to 18 April -> 17 April. "dozens" -> {12,null}; "more than 150" -> {151,null}.
    dict(id='notes-airwars-ras-isa', pub='2025-04-19',
         text='Civilian harm: dozens killed, more than 150 injured (port workers, paramedics). Houthi-run Al Masirah '
              'reported that US aircraft carried out at least 14 strikes on the Ras Isa fuel port (Al Hudaydah) on '
              'the night of 17 to 18 April 2025. CENTCOM said the strikes targeted fuel supplies used by the Houthis. '
              'Grading: Contested.',
         events=[E('air', 'aircraft', 'Ras Isa', actor='United States', target='infrastructure', k=(12, None),
                   i=(151, None), date='2025-04-17')]),
    # Two incidents, two places. The landmine has no actor; a shepherd is a civilian.
    dict(id='notes-ocha-taiz-hays', pub='2024-05-09',
         text='On 7 May, Houthi shelling hit a residential neighbourhood in eastern Taiz city, injuring three children, '
              'local authorities reported. On the same day, a landmine explosion killed a shepherd and injured his '
              'brother in Hays, Al Hudaydah governorate.',
         events=[E('shell', 'artillery', 'Taiz', actor='Houthis', target='residential', i=(3, 3), date='2024-05-07'),
                 E('rem', 'ied', 'Hays', target='civilians', k=(1, 1), i=(1, 1), date='2024-05-07')]),

    # ---------------------------------------------------------------- Sudan
    # Port Sudan: one record (fuel depots and a substation, same place, day, kind); the SAF blames the
    # RSF -> RSF. Kassala: "RSF drones" shot down -> intercepted.
    dict(id='notes-ocha-port-sudan', pub='2025-05-05',
         text='Sudan Flash Update No. 3. On 4 May, drones struck fuel depots near Port Sudan International Airport and '
              'a power substation in the city, causing large fires, according to the Sudanese Armed Forces (SAF), '
              'which blamed the Rapid Support Forces (RSF). No casualties were reported. SAF air defences also '
              'reportedly intercepted several RSF drones over Kassala on 4 May.',
         events=[E('air', 'drone', 'Port Sudan', actor='Rapid Support Forces', target='infrastructure', k=(0, 0),
                   i=(0, 0), date='2025-05-04'),
                 E('air', 'drone', 'Kassala', actor='Rapid Support Forces', out='intercepted', date='2025-05-04')]),
    # "more than 60" {61,null} and "Fatalities: 61" {61,61}: two reports -> {61,null} (EVENTS.md).
    dict(id='notes-acled-kabkabiya', pub='2024-12-17',
         text='On 9 December 2024, Military Forces of Sudan (2019-) aircraft bombed the weekly market in Kabkabiya '
              '(Kabkabiya, North Darfur), killing more than 60 civilians and injuring at least 200 others. The SAF '
              'said it had targeted RSF gatherings. Fatalities: 61.',
         events=[E('air', 'aircraft', 'Kabkabiya', actor='Sudan', target='infrastructure', k=(61, None),
                   i=(200, None), date='2024-12-09')]),
    # Abu Shouk camp (not in the gazetteer; the North Kordofan "Abu Shok" is a wrong namesake) lies
    # on the northern edge of El Fasher: reported as the city (EVENTS.md: a district or neighbourhood
    # of a city is reported as the city), as in art-dabanga-darfur-shelling-bombing.
    # IDP camp -> civilians. "dozens" -> {12,null}.
    dict(id='notes-sudan-abu-shouk', pub='2024-06-13',
         text='El Fasher: RSF artillery shelling hit Abu Shouk camp for displaced people on the northern edge of El '
              'Fasher on 11 June, killing seven IDPs, including three children, and injuring dozens, according to '
              'the camp\'s coordination committee.',
         events=[E('shell', 'artillery', 'El Fasher', actor='Rapid Support Forces', target='civilians', k=(7, 7),
                   i=(12, None), date='2024-06-11')]),

    # ---------------------------------------------------------------- Somalia
    # Line 1: suicide VBIED -> suicide_bomb/ied (batch convention); the complex assault is claimed by
    # Al Shabaab; 3 + 2 + the bomber = 6 killed (EVENTS.md: the bomber counts); hotel -> infrastructure.
    # Line 2: mortar rounds inside the presidential compound -> government, no claim -> actor null.
    # Line 3: grenade at a restaurant -> infrastructure, "no casualties" -> {0,0}.
    dict(id='notes-log-somalia', pub='2024-03-16',
         text='14/03/2024 \u2013 Mogadishu, Banadir \u2013 Suicide VBIED detonated at the gate of the SYL Hotel near '
              'Villa Somalia, followed by a complex assault by Al Shabaab gunmen; 3 soldiers and 2 civilians killed, '
              'in addition to the VBIED driver. 27 injured.\n'
              '15/03/2024 \u2013 Mogadishu, Banadir \u2013 Three mortar rounds landed inside the Villa Somalia '
              'presidential compound; 2 guards injured. No claim.\n'
              '15/03/2024 \u2013 Beledweyne, Hiraan \u2013 Hand grenade thrown at a restaurant frequented by ATMIS '
              'soldiers; no casualties.',
         events=[E('sui', 'ied', 'Mogadishu', actor='Al Shabaab', target='infrastructure', k=(6, 6), i=(27, 27),
                   date='2024-03-14'),
                 E('shell', 'mortar', 'Mogadishu', target='government', i=(2, 2), date='2024-03-15'),
                 E('gren', 'grenade', 'Beledweyne', target='infrastructure', k=(0, 0), i=(0, 0),
                   date='2024-03-15')]),
    # "35 km northeast of Jilib" -> near. "no civilians were injured or killed": killed stays {3,3};
    # injured null, since the statement covers civilians only and says nothing of injured militants.
    # Second strike: no place at all -> country record Somalia; no effect stated -> outcome unknown.
    dict(id='notes-africom-somalia', pub='2024-02-15',
         text='U.S. Africa Command, in coordination with the Federal Government of Somalia, conducted an airstrike '
              'against al-Shabaab approximately 35 km northeast of Jilib on 12 February. The command\'s initial '
              'assessment is that three al-Shabaab militants were killed and no civilians were injured or killed. '
              'On 14 February, AFRICOM conducted a second airstrike in Somalia, against ISIS-Somalia; the command did '
              'not disclose the location or an assessment.',
         events=[E('air', 'unknown', 'Jilib', near=True, actor='United States', target='military', k=(3, 3),
                   date='2024-02-12'),
                 E('air', 'unknown', 'Somalia', actor='United States', target='military', out='unknown',
                   date='2024-02-14')]),

    # ---------------------------------------------------------------- Sahel
    # "Military Forces of Mali (2021-)" -> Mali; pharmacy named first -> infrastructure.
    dict(id='notes-acled-tinzaouaten', pub='2024-09-03',
         text='On 25 August 2024, Military Forces of Mali (2021-) drones struck a pharmacy and a gathering of residents '
              'in Tinzaouaten (Abeibara, Kidal), near the Algerian border. According to the FLA and local sources, '
              '21 civilians were killed, including 11 children. Fatalities: 21.',
         events=[E('air', 'drone', 'Tinzaouaten', actor='Mali', target='infrastructure', k=(21, 21),
                   date='2024-08-25')]),
    # KIA/WIA -> killed/injured. A FAMa logistics convoy is military (batch convention).
    dict(id='notes-log-mali-diafarabe', pub='2024-09-04',
         text='03/09/2024 \u2013 Near Diafarab\u00e9, Mopti \u2013 JNIM-claimed IED strike on a FAMa logistics convoy on the '
              'Diafarab\u00e9\u2013T\u00e9nenkou axis; 4 soldiers KIA, 6 WIA. Two trucks destroyed.',
         events=[E('rem', 'ied', 'Diafarabe', near=True, actor='JNIM', target='military', k=(4, 4), i=(6, 6),
                   date='2024-09-03')]),
    # "suspected JNIM militants" -> JNIM. A vehicle transporting traders -> civilians (as a passenger
    # bus in ucdp.jsonl). "several injured" -> {3,null}.
    dict(id='notes-acled-djibo-ied', pub='2024-02-20',
         text='On 10 February 2024, suspected JNIM militants detonated an IED against a vehicle transporting traders on '
              'the Djibo-Namsiguia road, near Djibo (Djibo, Soum, Sahel). Five civilians were killed and several '
              'injured. Fatalities: 5.',
         events=[E('rem', 'ied', 'Djibo', near=True, actor='JNIM', target='civilians', k=(5, 5), i=(3, None),
                   date='2024-02-10')]),
    # Range "between 8 and 9 March" (Fri-Sat of the week of Mon 4 March): precision week, dated
    # 2024-03-04 (batch convention). "An unknown number ... killed" -> null. Militants -> military.
    dict(id='notes-acled-dori-range', pub='2024-03-14',
         text='Around 9 March 2024 (between 8 and 9 March), Military Forces of Burkina Faso (2022-) drone strike '
              'targeted a gathering of JNIM militants near Dori (Dori, Seno, Sahel). An unknown number of militants '
              'were killed.',
         events=[E('air', 'drone', 'Dori', near=True, actor='Burkina Faso', target='military', date='2024-03-04',
                   prec='week')]),
    # "No fatalities reported" -> killed {0,0} (like "no injuries were reported" for injured).
    dict(id='notes-niger-tassia-mortar', pub='2024-03-22',
         text='Niger: On 20 March 2024, Islamic State Sahel Province (IS Sahel) militants fired mortar rounds at the '
              'military post in Tassia (Tillaberi), injuring two soldiers. No fatalities reported.',
         events=[E('shell', 'mortar', 'Tassia', actor='Islamic State Sahel', target='military', k=(0, 0), i=(2, 2),
                   date='2024-03-20')]),

    # ---------------------------------------------------------------- Nigeria
    # Day-first log (05/03 = 5 March). Dikwa: "an unknown number of civilians injured" -> null, target
    # civilians (first named). Damboa: no claim -> actor null; CJTF patrol vehicle -> military.
    # Konduga: the bomber counts -> 4 killed; "near a mosque" -> infrastructure (README: mosques).
    dict(id='notes-log-borno', pub='2024-03-12',
         text='05/03/2024 \u2013 Dikwa, Borno State \u2013 ISWAP fighters fired mortar bombs into the town from the '
              'outskirts; an unknown number of civilians injured, several houses damaged.\n'
              '07/03/2024 \u2013 Near Damboa, Borno State \u2013 Landmine struck a CJTF patrol vehicle on the '
              'Damboa-Maiduguri road; three CJTF members killed, two injured.\n'
              '11/03/2024 \u2013 Konduga, Borno State \u2013 Female suicide bomber detonated her vest near a mosque '
              'during evening prayers; the bomber and three worshippers killed, 8 injured.',
         events=[E('shell', 'mortar', 'Dikwa', actor='ISWAP', target='civilians', date='2024-03-05'),
                 E('rem', 'ied', 'Damboa', near=True, target='military', k=(3, 3), i=(2, 2), date='2024-03-07'),
                 E('sui', 'suicide_vest', 'Konduga', target='infrastructure', k=(4, 4), i=(8, 8),
                   date='2024-03-11')]),
    # Tudun Biri: kept by name with null coordinates (not in the gazetteer). A religious gathering ->
    # civilians. "Dozens" -> {12,null}; "more than 60" -> {61,null}.
    dict(id='notes-acled-tudun-biri', pub='2023-12-08',
         text='On 3 December 2023, a Military Forces of Nigeria (2015-) drone strike hit a gathering of villagers '
              'celebrating Maulud in Tudun Biri (Igabi, Kaduna). The army said the strike was a mistake and that it '
              'had targeted bandits. Dozens of civilians were killed and more than 60 injured.',
         events=[E('air', 'drone', 'Tudun Biri', actor='Nigeria', target='civilians', k=(12, None), i=(61, None),
                   date='2023-12-03')]),
    # Region only -> Borno State, precision admin1. "suspected Boko Haram (JAS)" -> Boko Haram. The
    # object hit is a tractor (a vehicle) -> unknown.
    dict(id='notes-acled-borno-landmine', pub='2024-06-05',
         text='On 2 June 2024, a landmine planted by suspected Boko Haram (JAS) militants exploded under a tractor in '
              'Borno state, killing two farmers. The exact location was not reported. Fatalities: 2.',
         events=[E('rem', 'ied', 'Borno State', actor='Boko Haram', target='unknown', k=(2, 2), date='2024-06-02')]),

    # ---------------------------------------------------------------- Myanmar
    # Jets then a helicopter, same actor, place and day: one air record, aircraft. "more than 100" ->
    # {101,null}; a crowd -> civilians.
    dict(id='notes-acled-pazigyi', pub='2023-04-18',
         text='On 11 April 2023, Military Forces of Myanmar (2021-) fighter jets bombed a crowd gathered for the '
              'opening of a local NUG administration office in Pazigyi village (Kanbalu, Sagaing), after which a '
              'Mi-35 helicopter fired on survivors. Reports indicate that more than 100 people were killed, '
              'including dozens of children.',
         events=[E('air', 'aircraft', 'Pazigyi', actor='Myanmar', target='civilians', k=(101, None),
                   date='2023-04-11')]),
    # Published Fri 2024-04-05: "on Thursday" -> 2024-04-04. The PDF claims hits, the junta says all
    # shot down: an impact is reported -> hit (EVENTS.md). The junta's "no casualties" -> {0,0}.
    dict(id='notes-myanmar-naypyitaw-drones', pub='2024-04-05',
         text='Myanmar: The NUG\'s Ministry of Defence said People\'s Defence Force (PDF) units launched 29 drones at '
              'the Aye Lar airbase and the military council\'s headquarters in Naypyitaw on Thursday, claiming hits '
              'on both. Junta spokesperson Zaw Min Tun said 13 fixed-wing drones were shot down and that there were '
              'no casualties or damage.',
         events=[E('air', 'drone', 'Naypyitaw', actor="People's Defence Force", target='military', k=(0, 0), i=(0, 0),
                   date='2024-04-04')]),

    # ---------------------------------------------------------------- DR Congo
    # "on the western outskirts of Goma" -> Goma near. The M23 denies, the report names it -> M23
    # (EVENTS.md). Displacement sites -> civilians.
    dict(id='notes-drc-goma-camps', pub='2024-05-04',
         text='North Kivu: On 3 May, at least two artillery shells fired from M23 positions hit displacement sites on '
              'the western outskirts of Goma, killing at least 12 displaced people, mostly women and children, and '
              'injuring more than 20. The M23 denied responsibility and blamed the FARDC.',
         events=[E('shell', 'artillery', 'Goma', near=True, actor='M23', target='civilians', k=(12, None),
                   i=(21, None), date='2024-05-03')]),
    # "yesterday" -> 2024-02-08. "on the hills above Sake" -> near. "Casualties unknown" -> null;
    # nothing said about the effect -> outcome unknown.
    dict(id='notes-drc-sake-drones', pub='2024-02-09',
         text='North Kivu: FARDC drones struck M23 positions on the hills above Sake, 25 km west of Goma, yesterday, '
              'according to local sources. Casualties unknown.',
         events=[E('air', 'drone', 'Sake', near=True, actor='DR Congo', target='military', out='unknown',
                   date='2024-02-08')]),

    # ---------------------------------------------------------------- Ethiopia
    dict(id='notes-ethiopia-finote-selam', pub='2023-08-15',
         text='Amhara: A drone strike by the Ethiopian National Defense Force (ENDF) hit the bus station in Finote '
              'Selam (West Gojjam) on 13 August, killing 26 civilians and wounding 55, according to hospital sources. '
              'The ENDF has been fighting Fano militias in the region since early August.',
         events=[E('air', 'drone', 'Finote Selam', actor='Ethiopia', target='infrastructure', k=(26, 26), i=(55, 55),
                   date='2023-08-13')]),

    # ---------------------------------------------------------------- Pakistan / Afghanistan
    # Two suicide car bombs, same actor/kind/place/day -> one record, suicide_bomb/ied (batch
    # convention). 5 + 13 + both bombers = 20 killed. The gunmen's assault is not a separate event.
    dict(id='notes-log-bannu', pub='2025-03-05',
         text='04/03/2025 \u2013 Bannu, Khyber Pakhtunkhwa \u2013 Two suicide bombers drove explosives-laden vehicles '
              'into the perimeter wall of Bannu Cantonment at iftar time, followed by an assault by gunmen. 5 '
              'soldiers and 13 civilians killed, along with both bombers; 32 injured. Jaish-ul-Fursan, a Hafiz Gul '
              'Bahadur-affiliated group, claimed responsibility.',
         events=[E('sui', 'ied', 'Bannu', actor='Jaish-ul-Fursan', target='military', k=(20, 20), i=(32, 32),
                   date='2025-03-04')]),
    # Published Thu 2024-05-23: "on Tuesday" -> 2024-05-21. "between three and five" -> {3,5}.
    dict(id='notes-pak-turbat-ied', pub='2024-05-23',
         text='Balochistan: A remote-controlled IED struck a Frontier Corps vehicle near Turbat (Kech district) on '
              'Tuesday, killing two FC personnel and injuring between three and five others, according to conflicting '
              'police accounts. The Balochistan Liberation Front (BLF) claimed responsibility.',
         events=[E('rem', 'ied', 'Turbat', near=True, actor='Balochistan Liberation Front', target='military',
                   k=(2, 2), i=(3, 5), date='2024-05-21')]),
    # "the Dasht-e-Barchi area of Kabul's District 13" -> Kabul. A minibus -> civilians (as a bus).
    dict(id='notes-afg-kabul-minibus', pub='2024-04-21',
         text='Kabul: A magnetic IED attached to a minibus exploded in the Dasht-e-Barchi area of Kabul\'s District 13 '
              'on the evening of 20 April, killing one passenger and injuring 10. Islamic State claimed the attack '
              'through its Amaq outlet.',
         events=[E('rem', 'ied', 'Kabul', actor='Islamic State', target='civilians', k=(1, 1), i=(10, 10),
                   date='2024-04-20')]),

    # ---------------------------------------------------------------- Libya
    # GNU -> Libya (batch convention). "in and around Zawiya" -> Zawiya exact. Boat first -> infrastructure.
    dict(id='notes-libya-zawiya-drones', pub='2023-05-27',
         text='Libya: Government of National Unity (GNU) drones struck several sites in and around Zawiya on 25 May, '
              'including a boat and a warehouse allegedly used by fuel and human smugglers, the GNU said. No '
              'casualties were reported.',
         events=[E('air', 'drone', 'Zawiya', actor='Libya', target='infrastructure', k=(0, 0), i=(0, 0),
                   date='2023-05-25')]),

    # ---------------------------------------------------------------- negatives (no event)
    # Armed clash with small arms only: a ground battle without remote or explosive weapons (EVENTS.md).
    dict(id='notes-neg-acled-clash-bahri', pub='2024-06-12',
         text='On 8 June 2024, SAF and RSF clashed in the Kadaru area of Bahri (Khartoum North, Khartoum), exchanging '
              'small arms fire for several hours. Six combatants were reported killed. Fatalities: 6.',
         events=[]),
    # Abduction: no use of remote or explosive force.
    dict(id='notes-neg-acled-abduction', pub='2024-04-16',
         text='On 14 April 2024, ISWAP fighters abducted 11 farmers working on their fields near Damboa (Damboa, '
              'Borno). Their whereabouts remain unknown.',
         events=[]),
    # Protest. The "US and UK strikes on Yemen" are named with no time word and no place: background,
    # not an event (EVENTS.md).
    dict(id='notes-neg-acled-protest', pub='2024-01-20',
         text='On 19 January 2024, Houthi supporters demonstrated in Al Sabeen Square, Sanaa (Amanat Al Asimah), '
              'against US and UK strikes on Yemen and in solidarity with Gaza. [size=no report]',
         events=[]),
    # Strategic development (looting): not a use of force.
    dict(id='notes-neg-acled-looting', pub='2023-06-20',
         text='On 15 June 2023, RSF and allied Arab militias looted the main market and a WFP warehouse in El Geneina '
              '(West Darfur). No fatalities were reported. [Strategic development: looting/property destruction]',
         events=[]),
    # Agreement.
    dict(id='notes-neg-agreement-doha', pub='2025-07-21',
         text='On 19 July 2025, the government of the DRC and the AFC/M23 signed a declaration of principles in Doha, '
              'committing to a permanent ceasefire and to talks on a comprehensive peace agreement.',
         events=[]),
    # Weapons seizure: suicide vests and grenades recovered, nothing used (EVENTS.md: only a use of force).
    dict(id='notes-neg-seizure-dg-khan', pub='2024-02-08',
         text='CTD Punjab arrested three suspected TTP militants in Dera Ghazi Khan on 7 February and recovered two '
              'suicide vests, five hand grenades and 8 kg of explosives, police said.',
         events=[]),
    # Defused IED: nothing exploded, so no use of remote or explosive force "reported as having happened"
    # (EVENTS.md, the unit).
    dict(id='notes-neg-log-defused-ied', pub='2024-08-12',
         text='11/08/2024 \u2013 Mogadishu, Banadir \u2013 Police EOD team defused an IED planted under a culvert on '
              'Maka al-Mukarama road, Hodan district. No detonation, no casualties.',
         events=[]),
    # Ground battles only (EVENTS.md: ground battles without remote or explosive weapons).
    dict(id='notes-neg-isw-ground', pub='2024-06-04',
         text='Russian forces continued offensive operations near Chasiv Yar on June 3 but did not make confirmed '
              'advances. Ukrainian forces repelled 12 Russian assaults in the Pokrovsk direction, the Ukrainian '
              'General Staff reported.',
         events=[]),
    # Unexplained explosion nobody attributes: not an event (EVENTS.md).
    dict(id='notes-neg-misrata-depot', pub='2024-09-05',
         text='Libya: A large explosion was reported at an ammunition depot in Misrata on the night of 3 to 4 '
              'September. Authorities said the cause was under investigation; no group claimed responsibility and '
              'no aircraft or drones were reported in the area. No casualties.',
         events=[]),
]
