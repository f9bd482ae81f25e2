// Package figure finds the figures in the plain text of a briefing: the quantities a reader
// looks for ("1,083 square kilometers", "seven strikes", "More than 80 percent", "Day 126"),
// each with its value normalised to a canonical unit and, where one applies, to SI.
//
// # What is a figure
//
// A figure is a number, in digits ("1,083", "2.5", ".08", "1.2e-3", "3 × 10^5", "3/4", "10 1/2",
// "½", "8 ½") or in words ("seven", "twenty-six", "a hundred", "a dozen", "one and a half", "one and a
// quarter", "two million", "two thirds", "two hundred point five", "two point five billion", "half a dozen", "a half-dozen",
// "half a million"; restated in digits in parentheses as contracts write it, "ninety-six (96)
// helicopters", digitsRestated; a fraction "of a" unit: "three-quarters of a mile", 0.75 mi), with what it
// measures. A share of something is a number too: "half of the city", "more than half of Raqqa",
// "half the TNT", "half its fleet" (but not "half the time" or "half the battle", halfDeterminerShare),
// "half" after a qualifier before a preposition, an auxiliary or a clause's end, half of what the
// clause counts ("about half from influenza", "nearly half were wounded", shareQualifierBefore), "a
// third of the fighters", "a fifth of them" (0.5, 0.333, 0.2; "a third time" is not one), as is a
// factor, "10-fold", and in one word, "tenfold", "twofold" (unit fold, foldWord), and as is a
// part "out of" a whole, "eight out of nine studies", "47 out of the 76" (0.889, 0.618; not "12 out
// of 10"), or "in" a whole, "one in five", "1 in 4 homes", "1-in-3" (not "3 in 24 hours", oneIn), while a
// part "of" a counted whole counts the whole's noun, "75 of the 84 missiles", "10 of Helmand's
// 14 district centers" (75 count:missile, partOf), and so does a part of a whole not counted,
// "38 of the drones", "12 of their vehicles" (38 count:drone), while a part of a whole with a unit of measure takes the unit, "on 10 of the first 25 days", "3 of the 12 miles" (10 day, 3 mi; "first", "last", "past", "next" may come before the whole; not a percentage or money, partOfUnit), and so is a fraction alone at the end of a clause, "cut by a fifth.", "down by half." (but not after
// "and", "or" or "then": "a second and a third." is ordinals). Fractions may be of any size,
// "twenty-three fifths" (4.6), "a hundred trillionths" (1e-10), and whole numbers take one after
// "and": "three and a fifth", "twenty and three fifths", "3 and a half" (but not before a singular
// noun: "two and a third country"). After a multiplier the fraction is of it, "a million and a
// half" (1,500,000), "a dozen and a half" (18), and a multiplier after one scales it all, "two and
// a half million". After a hundred, "and" joins only units and tens that reach no hundred of their
// own: "two hundred and twenty-five" is 225, but "between two hundred and two hundred fifty" is a
// range of two numbers (hundredAfter). What a figure measures is:
//
//   - a unit after it: areas (square kilometres, km², km2, sq km, sq mi, hectares, acres), lengths
//     (km, miles, metres, feet, nautical miles, SI-prefixed metres; "nm" after a number of 1 or
//     more is nautical miles in a sentence of ships, aircraft or the sea, "sailed 4,000 nm",
//     nauticalWords, or before a compass bearing or "off", "400 nm southwest of Guatemala", "11 nm
//     off Lomé", bearingAfter,
//     and nanometres otherwise, unless restated in km, miles or metres, "1,000 nm (1,852 km)":
//     nauticalRestated), masses, volumes, speeds ("60
//     miles an hour", but "3 miles an hour ago" is a distance), temperatures (°C, degrees
//     Fahrenheit, K; degrees with no scale are a generic degree, deg, but after a "heat index" or
//     a "wind chill" in the clause, which are given in °F, Fahrenheit: heatIndexBefore; "below
//     zero" after a number or degrees makes it negative and a temperature, "40 below zero", "30
//     degrees below zero" (-40, -30 deg, kind temperature), as does "minus" or a minus sign
//     before degrees, "minus 40 degrees", and so does "below" ending a clause that speaks of a temperature, a wind
//     chill, a heat index, the cold, nights or winter, or after "at" or a verb of being, "the
//     wind chill hit 45 below" (-45 degF), "nights at 20 below" (not "40 below the surface",
//     belowZero); a range below zero is negative at both ends, "60 to 70 below zero", and a
//     scale after "below zero" is its scale (scaleAfter); "minus" and a bare number in a
//     clause on the weather is a temperature, "the wind chill was minus 58" (-58 degF), durations (seconds to years, "years old", "18-year-old", "18-year-olds",
//     "nights" as days, "fortnights" as 2 weeks and "weekends" as 2 days; and a bare number after "age",
//     "ages" or "aged", and each number of the list it starts, is an age in years: "two children,
//     ages 6 and 9", "aged 18 to 25", "older than 40", "the average age … is about 21", ageBefore), cups and spoons, power in horsepower ("100,000 shaft horsepower", "750 hp", "40,000 shp": hp),
//     pressure in millibars ("940 millibars", "1,002 mbar": mbar), hectopascals (hPa), inches of
//     mercury (inHg), pounds per square inch (psi, which converts to pascals) and kilopascals by
//     name, fluid ounces ("17 fluid ounces": fl oz; ounces restating a volume or restated by one
//     are fluid ounces, fluidOunces),
//     percentages ("80 percent", "80%", "80 per cent"; a difference of percentages in
//     "percentage points" keeps that unit, percentage-point), money written after the number
//     ("3 billion dollars", "10 €") and scientific units: every SI prefix on the SI and common
//     units (MPa, GHz, keV, µmol ...; but no atto-litre, -gram, -second or -metre, whose
//     symbols "al", "ag", "as", "am" are words: "three al-Shabaab fighters"), compounds
//     ("km/h", "m.s^-1", "kJ mol-1", "g cm−3") and powers ("km^2", "cm³"); a unit's words may be
//     joined by hyphens in a compound adjective ("a 120,000-square-foot barracks", ft2; "a
//     10-cubic-yard bin"); a unit symbol in
//     brackets right after the number, as in a table ("20 (kg)", "20 [kg]"), and a currency code with M for millions ("120 MEUR");
//     a unit of volume, mass, length, money, percentage, time or data, or a counted noun,
//     followed by "per", or by "a" or "an", and a unit of time is a rate, whose Per holds that
//     unit of time: "1,000 liters per day" (Unit l, Per day, normalised "1000 l/day", SI in
//     m3/s), "48,000 gallons a day", "200 gallons an hour", "$1.7 million per month"
//     (USD/month); money "per" a singular noun in lower case that ends the phrase is a cost
//     per item, whose Per holds the item ("about $82.5 million per aircraft", USD/aircraft,
//     perItemEnd; no conversion check across items), and so is a count, a volume or a mass
//     per such a noun ("one medic per platoon", count:medic/platoon; "30 kilograms per
//     soldier", kg/soldier, with no SI value), per a unit of area ("10 mines per hectare",
//     count:mine/ha) or per an item and a unit of time ("15 liters of water per person per
//     day", l/person/day; "two sorties per aircraft a day"), but not per another unit ("37.8
//     micrograms per gram") nor a bare number ("5 per game"); a sum before "each" or "apiece"
//     is per the noun of the count before it in the sentence, or per "item" (priceEach); a
//     number or count and the round population it is per, a power of ten from 100 to a
//     million, are one figure: "28.2 per 100,000 service members" → number/100000 service
//     member (mergePerPopulation); points (or a singular "point") after a verb of change and
//     before "to" and a percent, or after a level in percent in its clause ("fell to 6.8%, down
//     about 1.6 points"), are percentage points (pointsToPercent); and with a word naming the time counted
//     between, "$42,000 per flight hour"
//     (USD/hour, perNamedTime), "3 percent a year", "2% per annum", "470 patrols a day" (count:patrol/day),
//     "10.4 hours a month" (hour/month, with no SI value), "seven days a week", "40 GB per hour"
//     (dataUnits, from bytes to petabytes and exabytes, and bits: "40 gigabits a day", Gbit/day;
//     "3.47 terabits per second" is Tbps), also after what flows in one or two words, "900,000 pounds of fuel per day"
//     (lb/day), "1.2 terabytes of data a day" (TB/day), "5,000 doses of vaccine per week"
//     (count:dose/week), and after a bare number, "about 300 per day", "8,000 a day" (number/day);
//     not before a word that places a time, "3 miles a day later" (rateAfter); a length per a
//     unit of time is a speed, in its canonical unit when it has one: "3,000 feet per second" (ft/s),
//     "20 miles a day" (mi/day, kind speed, speedUnits); "daily", "weekly", "annually" and the like give the unit of time too when no
//     noun follows, "600,000 gallons of fuel daily" (gal/day, rateAdverbs; not "5 km daily
//     runs");
//   - or a currency before it: "$2.5 million", "US$3", "€40", "£3bn", "Mex$ 10", "₿21"; a
//     multiplier may also follow a currency written after the number ("75 USD million");
//   - or "Day" before it: "Day 126" is an operation day (kind operation-day, unit day), as is
//     "Day 1,200", and so
//     is "day 231 of the offensive" in lower case, but only before "of"; in words too before
//     "of" and a singular noun or a name, "day forty-one of the operation", "day one of the war"
//     (not "each day two of the crews", "day two of them", dayOfSingular);
//   - or "Mach" before it: "Mach 2.25", "above Mach 10" (kind speed, unit Mach, no SI value);
//   - or "pH" before it, with a value from 0 to 14: "pH 7.5", "pH 7–8" (unit pH, in the span);
//   - or "magnitude" before it, or "-magnitude" or " magnitude" after it before a noun of an
//     earthquake, with a value under 10: "a magnitude 7.8 earthquake", "a 7.5-magnitude quake",
//     "of magnitude 6.3" (kind other, unit magnitude; not a star's "5.12 magnitude");
//   - or "Category" before it, from 1 to 5, before a noun of a tropical storm: "a Category 4
//     storm", "Category 5 Super Typhoon Haiyan" (kind other, unit category; stormAhead);
//   - or a counted noun after it, which becomes the unit in singular form: "seven strikes" →
//     count:strike, "17 city blocks" → count:city block ("such", like "additional", stays out
//     of the unit: "20 such incidents" → count:incident; a weapon's name in capitals counts
//     with its noun, "155 Standard Missiles" → count:Standard Missile; a capitalised plural
//     naming people ends before a verb, "24,000 Americans became casualties" →
//     count:American). The noun phrase is at most four words
//     ("50 armored medical treatment vehicles"; "additional", "other", "more" before it are
//     left out of the unit: "560 additional U.S. troops" → count:U.S. troop; a plural that is
//     its own singular may modify the noun after it: "armored personnel carriers", "20 crew
//     members", and so may a
//     name's capitalised plural: "Iraqi Security Forces members", and a plural in lower case
//     before a plural noun, "12 weapons systems" → count:weapons system, "four operations
//     centers" (not before a word in -s that is no noun, "3 days afterwards", pluralModifier); two
//     modifiers may be joined by "and": "3,500 U.S. and Polish soldiers" → count:U.S. and
//     Polish soldier, "20 allied and partner nations", but not before a stop word: "3 HIMARS
//     and the depot"; a bare number with one capitalised modifier, joined by "and" or "or" to a
//     count with its own, counts that count's noun: "250 Australian and 100 French forces" →
//     count:Australian force, count:French force, and so does a model with a hyphen: "24
//     F-15EX and 68 F-35 aircraft" → count:F-15EX aircraft, shareCountedNouns; a name of two words or
//     more and its acronym in parentheses stand as the acronym before the noun: "1,500 African
//     Union Transition Mission in Somalia (ATMIS) troops" → count:ATMIS troop, nameAcronymAhead; a casualty's participle alone is the
//     unit, "500 killed and 2,500 wounded" → count:killed, count:wounded, casualtyWords, but before
//     a noun phrase in lower case that ends in a plural it modifies it, "312 wounded service
//     members" → count:wounded service member, "2 injured personnel", pluralNounAhead; "homeless" and "displaced" count so
//     too), and takes a second plural noun joined by "and" or "or", perhaps after one modifier
//     ("more than 300 drones and missiles" → count:drone and missile, "27 Marines and sailors",
//     "130 tanks and armored vehicles", whose modifier in -ed is one of edModifiers,
//     coordinatedNoun; a series of modifiers may lead the noun, of services ("300 Army, Navy and
//     Marine Corps aircraft", serviceWord) or of single words in lower case ("1,200 artillery,
//     rocket and mortar rounds", modifierSeriesAhead); and a series of such nouns, each one word, before the last joined so:
//     "350 dogs, cats and horses" → count:dog, cat and horse, nounSeries; a service's capitalised members after a count of service members, "1,500
//     Soldiers and Airmen" → count:Soldier and Airman, serviceMemberPlurals; not a verb or a
//     number after "and", nor a word in -s before an object,
//     a verb: "14,000 peacekeepers and protects more than 100,000 civilians", objectFollows),
//     stops at prepositions, verbs, determiners and other stop words, and must end in a plural
//     noun (after "one", a singular one: "one strike"; livestock counted by the head, "7,000 head of
//     cattle" → count:cattle, headOf; a measure or container with what it holds, "2,100 pairs
//     of eyeglasses" → count:pair of eyeglasses, measureOfEnd; not a verb in -s: "a crew of 4,550
//     includes", verbsInS). Up to two capitalised words may lead it
//     as modifiers and keep their case in the unit ("300 Iraqi soldiers" → count:Iraqi soldier,
//     "4,000 U.S. service members", "12 ISIS fighters"; an armed service's name of two or more
//     words counts as one, serviceNameEnd: "six Marine Corps MV-22 Ospreys" → count:Marine Corps
//     MV-22 Osprey, "three U.S. Air Force C-130 Hercules aircraft", where a model's name after
//     its designation may be a third before a noun), and so may models' designations
//     (modelEnd) and acronyms ("Two B-52 bombers", "31 M1 Abrams tanks", "12 HIMARS
//     launchers"; variants after a slash, "44 F/A-18E/F Super Hornets"; a capitalised name and a
//     number of one or two digits before a word in lower case, "14 Challenger 2 tanks", "18 Leopard
//     2A6 tanks", "32 Mk 41 vertical launch cells", and so a Roman numeral, "12 Mk VI patrol boats", "20 Trident II D5 missiles", romanEnd, namedModelEnd; a capitalised name of up to ten letters joined by a hyphen to a number is a model too, "54 Shahed-136 drones", "4 Shahed-136s", as is a designation of several parts in capitals and digits, "37 T700-GE-701D engines", "32 AIM-120D-3 missiles", and a store's variant after a slash, "GBU-53/B", as is an acronym and a number before a word that is no unit, a class or a hull, "two DDG 51 destroyers" (count:DDG 51 destroyer; not "two HIMARS 12 miles away", acronymNumberEnd), and a hull of hullTypes alone, in the plural or after "one", or with a hyphenated type, "two CVN 80s", "one LHA 9", "two T-AO 205 oilers", and a Chinese class in the plural, "eight Type 071s" (hullEnd); a model's letter is no unit: not 31 M, not 2 °F in "two F/A-18s", and capitals before a hyphen and a digit are a model, not a unit: "two MV-22 Ospreys" are no megavolts, hyphenModel). A model in
//     the plural is the noun itself ("four F-16s" → count:F-16, modelPluralEnd), as is a
//     model's capitalised name in the plural after it ("two MQ-9 Reapers" → count:MQ-9 Reaper,
//     "4 UH-60 Black Hawks"; after "one" the name keeps its case: "one MQ-1C Gray Eagle"), or an
//     acronym after it that no noun follows ("64 GBU-31 JDAMs" → count:GBU-31 JDAM, "two E-3
//     AWACS"; but "12 AGM-158 JASSM missiles" counts missiles), and so is an
//     acronym of three or more capitals, or two or more and a plural s, that stands alone
//     ("12 NASAMS" → count:NASAMS, "40 IEDs" → count:IED; not a time zone or an era: "0900
//     UTC", acronymNoun) or after modifiers, which keeps its capitals ("700 deployed ICBMs" →
//     count:deployed ICBM, "14 Ohio-class SSBNs" → count:Ohio-class SSBN; but "300 trained
//     ISIS fighters" counts fighters). So is a capitalised plural that names people as briefings count
//     them (properPlurals: "1,800 Marines" → count:Marine, "169 Americans", "two Navy SEALs",
//     "60 Guardsmen" → count:Guardsman, and nationals as migrants are counted, "3,200 Haitians"; also after words in lower case: "300 displaced Iraqis"
//     → count:displaced Iraqi), or weapons and vehicles (equipmentPlurals: "300 Bradleys" →
//     count:Bradley, "31 Abrams" → count:Abrams, "12 Typhoons" → count:Typhoon, "four Spitfires" → count:Spitfire; names that end in s are singular, "14 C-130J Super Hercules" → count:C-130J Super Hercules), and a calibre may lead the phrase like a model ("20
//     120mm mortar systems" → count:120mm mortar system, "28,000 155 mm shells" → count:155 mm
//     shell, calibreEnd; said without its millimetres between a count and a munition, "40,000
//     155 rounds" → count:round, mergeSpokenCalibres), as may a number joined by
//     a hyphen to a word ("seven 30-round magazines" → count:30-round magazine, "four
//     2,000-pound bombs", numberCompoundEnd; with a restatement in brackets after the measure,
//     the number alone counts the noun after it, and the measure and its restatement stay
//     figures: "seven 500-pound (227-kilogram) bombs", "45 2,000-pound [907-kilogram] Joint
//     Direct Attack Munitions", restatedCompoundCount). Otherwise the
//     noun that ends the phrase is in lower case (in the unit too, but for the last word of a
//     name, "60 Bradley Infantry Fighting Vehicles" → count:Bradley Infantry Fighting Vehicle), so "3 Democrats" is a bare number; a year
//     before it stays a year ("in 2014 ISIS fighters"), and a decimal number starting a line
//     takes none ("2.4 Sex differences" is a section's number). A hyphenated compound is one
//     word of it ("two vehicle-borne bombs", "24 precision-guided munitions", "18 one-way
//     attack drones", and led by a preposition when a word of three letters or more ends it, "18
//     on-site inspections", "4 over-the-horizon radars"; not "3 in-and-out trips", compoundEnd), and when no plural follows, a whole number of two or more counts a
//     singular noun joined to it by a hyphen before another noun ("a 312-page report" →
//     count:page, "a 20-vehicle convoy", "a 500-bed hospital"; not an adjective:
//     "4,800-strong", "10-fold", "3-dimensional", hyphenNoun; nor a rank or rating of one to
//     five stars, "a three-star general", "the two-star"); after "one", hyphenated compounds and adjectives in -ic or -al may
//     come before the noun ("one anti-ship ballistic missile", modifierLike), and so may any
//     word before another that reads as a singular noun ("one cruise missile", "one unmanned
//     surface vessel"; not before a verb: "one strike hit", singularNounAt), while a word in
//     -ed that ends the phrase is a verb ("one died", "one remained"). Plurals are
//     lemmatised by a small rule
//     set (-ies → -y, -ves → -f/-fe, but -ives → -ive: "representatives"; -es after s, x, z,
//     ch, sh, but -aches after a consonant is -ache, "caches", "headaches" (not "coaches"), and a
//     few nouns in -che take an s, "tranches", "niches" (cheSingulars); -men → -man in words of six letters or more, "airmen", "seamen", but not
//     "specimen", menPlural; and compounds of "children", "grandchildren") and a table of irregulars (people → person, men → man, aircraft, sorties →
//     sortie). The pronouns "others" and "ones" count nothing ("four others" is a bare number);
//   - or, after " x " or " × ", the thing it multiplies, as lists of equipment write it: "2 x
//     500-pound bombs" → count:500-pound bomb, "4 x F-16C" → count:F-16C (timesSign);
//   - or nothing: a bare number is kind number, unit number.
//
// A bare number corrected, as speakers do, by a figure with a unit or counted noun after a dash or
// a comma and "sorry", "I mean", "correction", "rather", "make that", "excuse me" or "pardon me"
// (after "no", "uh" or "um" too, or these alone: "19, no, 20 ships", "two, uh, three Bradleys"),
// or hedged by "maybe", "perhaps" or "possibly" ("about 60, maybe 70 rounds"), takes that
// figure's unit: "roughly 1,500 -- sorry, 1,700 short tons" (1,500 ton), "about 2,000 -- no,
// excuse me, 3,000 TOW missiles" (shareCorrectedUnit).
//
// A bare number compared with the figure just before it, after a comma and "down from", "up
// from", "compared with", "compared to" or "not", takes its unit: "78 working radars, down from
// 92" (92 count:working radar), "83 F-35s, down from a planned 91", "1,200 tons, not 1,020"; not
// when one is a hundred times the other, as a multiplier left out makes it ("$849.8 billion, up
// from 816.7"), nor with words between ("45 incidents last month, up from 30", shareComparedUnit).
// A sum compared so with a rate in its currency, words between or not, takes its unit of time:
// "$2,108 a month in base pay, up from about $1,917" (shareComparedRate). "twice" is 2 times
// and "once" 1 time before a rate ("twice a year", "once a week"), and "twice" with a qualifier
// or before "as" ("at least twice", "about twice as high"; timesWord).
//
// A bare number after "and" or a dash that ends the clause or comes before a preposition of
// place or time counts what the count before it in the same clause counts, its noun left out:
// "About 2,500 U.S. troops remain in Iraq and some 900 in Syria" (some 900 count:U.S. troop),
// "12 strikes on Monday and 3 on Tuesday", "21 personnel were hurt — 20 at al-Tanf", "1,000
// beds, but only 250 were staffed" (", but", ", while", ", whereas": elisionJoins), and before
// an auxiliary verb or a verb of what befell them, the number being its clause's subject: "19
// people were injured and 4 were killed" (auxiliaryAhead), "36 ships were sunk and 368 damaged",
// "seized 276 students, and 57 escaped" (outcomeAhead); after "and" and such a verb, the
// number its object: "killed 2,403 Americans and wounded 1,178" (outcomeVerbGap; not after a
// part that "including" opens), and so after a verb of sending or adding in the clause "and"
// opens: "deployed 300 troops and Poland deployed 200" (supplyVerbGap), and after "and", a verb
// and "another": "killed 28 soldiers and wounded another 99" (andVerbEnd); a bare number that
// a verb of killing or wounding takes as its whole object counts the casualty: "the attack
// killed 68 and wounded 144" → count:killed, count:wounded (casualtyObjects); after a colon, as a breakdown: "killed 43 militants: eight on
// Monday and 11 on Tuesday", or after a colon that ends the count's clause, "523 service members
// died by suicide in 2023: 363 in the active component" (colonBreakdown), or after a comma that ends the count's clause: "struck seven
// facilities, three in Iraq and four in Syria" (commaBreakdown); and so does
// a bare number before "more" as a pronoun, anywhere in the count's sentence: "900 troops
// deployed, and the Secretary placed 2,000 more on alert" (shareElidedNoun; not "8.2k troops
// and 4.3bn", a list of figures, nor "2 more rounds", a count of its own). A whole number after a
// comma or "and" and before "of them", "of those", "of whom" or "of which" counts a part of the
// count just before it in the sentence: "22,014 strikes, about 13,800 of them in Iraq" (about
// 13,800 count:strike), and so does one a verb after "and" takes ("fired 40 missiles and
// intercepted 30 of them"), and one after "Of them," "Of those," or "Of these," opening the
// next sentence ("… Americans served. Of them, 36,574 died", shareOfThem), and any other
// before "of them" that no rule gave a noun, with the nearest count that is no smaller in its
// sentence or the one before ("air defenses intercepted 13 of them", sharePartitive), or the count before a count a preposition governs ("230,000 people in
// 14 countries, more than 160,000 of them": prepositionBefore), "4.7 million Americans served, and some 116,500 of them died"; so does
// one after ", of whom" ("10,602 casualties, of whom 3,598 were killed") and one after a count
// that follows "Of the", or "Of" opening a sentence, and a comma, perhaps with "only" ("Of the
// 1,959 people aboard, 1,198 died", "Of 1,195 men aboard, only 316 survived"; not a fraction,
// "a fifth of them", nor a number above the whole, partitiveOf).
// A bare number that gives the running total after the count, "bringing the total to 64",
// "bringing the total for fiscal year 2023 to more than 6,100", "for a total of 40", counts the
// same things when a preposition, the clause's end or a word dating it ("since February")
// follows it (runningTotal, totalEnd; not "the total
// of interdictions to 64", which names its own noun). So does a bare number that states a goal,
// a target or a shortfall, with the count before it in the sentence: "signed 50,000 recruits
// against a goal of 65,000, a shortfall of about 15,000", "short of its 37,700 target"
// (shareGoalNoun).
//
// Bare numbers followed by a figure with a unit or counted noun, separated only by ", ", "and"
// or "or", are one list figure sharing that unit: "12, 25, 140 and 240 µm", "2 and 6cm" (a
// comma before the last "and" or "or" only after two items or more: "12, 25, and 40 days", but
// not "down from 48, and 18 fighters", serialGap; IsList;
// Value is the first item, Parts each item's number and value). An amount written in parts of
// one dimension is one figure: "5 feet 2 inches" (5.1667 ft), "6 ft 2 in tall" ("in" after feet and a whole number
// below 12, at the end of a clause or before "tall", "long", "high", "wide" or "deep",
// inchesAfterFeet; and "in" closing a bracket opened after a length, "a 155 mm (6.1 in) shell",
// inchesInBrackets), "1 year 1 month 21 days" (in
// seconds; parts of a duration joined by "and" or commas stay apart: "20 years, 4 months and 12
// days"), "thirteen dollars and forty-five cents" (13.45 USD). Numbers also take a decimal
// comma ("0,05%", "3,5"), a space between groups of three ("10 000"), an attached multiplier ("5M", "3.2bn", "1.2b", "10k"; a
// multiplier scales the decimal as written, so "4.1 million" is exactly 4,100,000; and "million",
// "billion" or "trillion" joined by a hyphen, "$1.2-billion"), "lakh" and
// "crore", and a currency code touching them ("USD115"), and a power of ten whose superscript was
// flattened, "2.7 × 10 4 km", "2 · 10 10", or "10 9 particles" (the exponent from 2 to 99, with a
// word after a bare "10"); "1 over 3" is a fraction when nothing measured follows. "minus" or
// "negative" before a number makes it negative ("minus 20 degrees"), but not in a countdown
// ("T-minus 10 seconds").
//
// A unit phrase with no numeral is a figure too: a vague amount, "a few weeks", "few hours",
// "several days" (value 3), "a couple of days" (2) or "a handful of days" (5; both also count a
// noun: "a couple of ships", "a handful of soldiers"; "a pair of" counts two of a noun exactly, "a
// pair of E-3 AWACS", 2 count:E-3 AWACS, but not of one thing in two parts, "a pair of
// binoculars", pairedNouns), with the qualifier about unless another
// precedes ("less than a couple of days"), also as a multiple with a unit or a counted noun ("a
// few dozen kilometers", about 36 km; "several hundred fighters", about 300 count:fighter; "a
// couple hundred soldiers", about 200; "a" or "an", a unit in the singular, "or" and a number in
// words from two to four is a range from one unit: "within a week or two", 1-2 week, oneUnitOr;
// "several dozen", about 36; a larger multiplier after the first is part of it: "a few hundred
// million", about 300,000,000, "several hundred thousand troops"; and so, before "of" and a counted noun, are plural multipliers:
// "dozens of SDF troops", about 36, "scores of soldiers", about 60 (not after a determiner or
// a noun of results: "test scores of", scoresNouns), "hundreds of systems", about 300, "tens of thousands of
// refugees", about 30,000, pluralMultiple); a half, "half an hour", "half a mile", "half hour"
// (without "a" only for durations); "an hour and a half", and one unit of time and a smaller
// one in a number, "an hour and 45 minutes" (6,300 seconds); and one unit after a qualifier, "more
// than an hour", "nearly a year", or before a restatement in brackets, "a mile (1.6
// kilometers)" (restatedAfter); a vague amount may be a rate, "a few hours a day". A bare "a
// mile", "a day" or "a second" is not ("a mile away", "a day later"), nor are "several times" and "the few days". One whole unit of time named by
// "another", "whole", "full", "entire" or "all" is a duration of 1 ("another week", "a full
// year", "the whole day", "all-month", "nearly a full year"; minutes to centuries, but not
// "another second" or "all night"). The core of "a few weeks" starts
// at "few", as "a" is not part of the amount; that of "a couple of days" at "a".
//
// A range is one figure: "10 to 15", "10-15 km", "between 10 and 15", "8- to 16-meter", "30%-40%",
// "2,000-to-2,500 warheads" (ascending and before no ratio's noun, toRange),
// "nine to 12 months" (a lower end in words from two to nine and an upper end in digits
// from ten, as style guides write them, wordsToDigits; not "two to 3 days"),
// "-18 °C to -34 °C" (a range of negative values may run downwards, with or without a unit
// after the first end, and with "minus" or "negative" before the second: "between minus 5 and
// minus 10 degrees Celsius", -10 to -5 °C); Value is its lower end and
// Min/Max its ends. After a verb of change, right before "from" or up to four words before it in
// the same clause (a verb of two words too: "scaled back", "ramped up", changeParticles),
// "from" and "to" give a start and an end, two figures ("rose from 30 to 45",
// "raise shell production from 14,000 to 100,000 shells", changeFromTo, changeVerbBefore; a bare
// start takes the end's unit or rate, "rose from 500 to 650 missiles a year" → 500
// count:missile/year, "rose from 14,000 to 100,000 a month" → 14000 number/month,
// shareChangeUnit; a bare end takes a measure's unit from the start, "dropped from 14 days to
// nine" → 9 day), and so do "by" and "to" when the first number has its own
// unit or currency and the second is at least five times it, a change and the level it reaches
// ("grows by $3.1 billion to $143.2 billion", "extended by 600 feet to 8,000 feet"; but "cut by 10
// to 15 percent" and "rose by 5% to 8%" are ranges, changeByTo); a share and "to" a number
// over 100 with no sign of its own are a change and a level too ("sorties rose 40% to 1,250 a
// day", parseRangeEnd). A multiplier word after the
// upper end only is both ends'
// when the lower end is smaller than the upper's number: "10 to 15 million"
// (10,000,000-15,000,000), "$2 to $3 billion", "two to three thousand" (2,000-3,000), "two to three
// dozen" (24-36); not "500 to 1 million". Spoken thousands are both ends' too, when the upper
// end is a whole number of thousands within five times the lower end read so ("15 to 30,000"
// is 15,000-30,000; spokenThousands). Two whole numbers joined by "or" or a comma, the second
// above the first and at most twice it, are a speaker's estimate, a range, not a list ("nine or
// 10 provincial capitals", "12, 13 years old"; estimatePair), and so are two bare numbers so
// joined by "or" ("about 9 or 10 of the 34"; mergeBareEstimates). An uncertainty ("2.5 ± 0.1
// km") is part of the span; Value is the central value.
//
// The span (Start, End) includes the qualifier, the currency sign, the unit and the counted
// noun. For a duration it is only the number and unit: "24 hours" in "the past 24 hours", as
// "the past" belongs to the sentence, not to the quantity. CoreStart/CoreEnd exclude the
// qualifier and a counted noun, and NumStart/NumEnd delimit the number itself.
//
// # Headlines
//
// A line in title case (a headline: shorter than 200 bytes, starting with no lower-case letter,
// ending with no full stop, and with at least three words of four letters or more other than stop
// words, all capitalised) capitalises words that name nothing. There, when no counted noun is
// found as in a sentence, capitalised words are read in lower case ("Pentagon Sends 3,000 More
// Troops to Poland" → 3000 count:troop; "Two Virginia-Class Submarines" → count:virginia-class
// submarine; acronyms and models keep their capitals, titleCountNoun); a capitalised word before a
// number in words or grouped digits is no name ("Sends 3,000", titleVerbBefore), while a small
// whole number after the line's first word is that name's number ("Balikatan 24 Concludes",
// titleName).
//
// # Qualifiers
//
// A qualifier just before the number is part of the figure and canonicalised (but "under" and
// "over" before "one" and a counted noun are prepositions: "under one plan"): about,
// approximately, nearly, almost, roughly, around, some, estimated ("an estimated"), over (but
// not before a duration right after another figure, after a participle of work spread over a
// time, or after a plural or mass noun of what was done or moved, where it is the time taken:
// "18 B-21s over five years" is 5 year, and so are "delivered over five years", spreadOver, and
// "71 incursions over 24 hours", "cargo over 16 days", "drawn down over three years" (after a
// phrasal verb's particle), "reconstruction over four years" (after a noun of work in -tion or
// -ment), or after a list of places that follows a preposition of place or a verb of visiting
// ("operating from Guam, Tinian and Palau over 12 days", "visited Yap and Koror over 19
// days", or after "on" and a name: "AUD 2.6 billion on RAMSI over 14 years"), overDuring, and "Over four months, aircraft conducted ..." opening a sentence before
// a comma or the clause's subject, overOpening; "lasted over five years" and
// "served over 20 years" are over 5 and 20 year; nor as a verb's
// particle or after a noun of power, "turned over 208 boxes", "authority over 13 offenses",
// "took place over five days", overParticle; nor "under" after a verb of grouping, "organized under six bases", underPreposition), more-than ("more than", "greater than", "in excess of", "exceeding", "exceeded", "topped", ">", comparatives: "longer than", "older than"), less-than ("less than", "<", "shorter than", "younger than"; a comparison with a time past, "higher than a year ago", is no figure: dropComparedTimes),
// fewer-than, at-least ("at least", "no fewer than", "≥"), at-most ("no more than", "not to
// exceed" or "not-to-exceed", "a maximum", "a ceiling", "≤"), up-to ("up to", "as many as",
// "within": "within 12 nautical miles", but not before "a" or "an" and a unit, "within a day",
// which says when), under, and between (for
// ranges), and, as speakers say it, "north of" (more-than) and "south of" (less-than): "north of
// two hundred"; and of four words, "on the order of", "in the neighborhood of", "in the region of",
// "in the ballpark of", "to the tune of" (about), and as speakers say it, "something like",
// "somewhere around", "somewhere near" (about), and "just shy of" (nearly). "~", "∼" and "≈" are about; "-plus" or "+" after the number is more than ("5,000-plus
// Afghans", "20+ countries"; but "2+2" is a name), "or more" after it at least ("three or more
// times"), and "or so" or "-odd" after it about ("20 or so
// soldiers", "a dozen or so ships", "40% or so", "2,000-odd staff"), as is "-some" after a round tens of 20 or
// more ("twenty-some days", "30-some flights"; not "25-some", nor "twenty-something").
// "A little" and "a bit" before "less than", "more than" and "fewer than" belong to the
// qualifier ("a little less than 50 percent"); "under" a depth of water, snow, mud or rubble
// is beneath it, no qualifier ("under 6 feet of water": beneathCover). After "one", a name of
// capitalised words ending in a noun of a weapon, a vehicle or a unit is counted whole ("one
// Evolved Sea Sparrow Missile": oneNamedThing).
//
// # What is not a figure
//
//   - dates: a day (1 to 31) or a four-digit number next to a month name ("Oct. 17, 2017",
//     "17 October", "May 2017"; not "in November 500 soldiers", nor after a full name with a
//     full stop: "since November. 1,001 civilians"), ISO dates
//     ("2017-10-17"), slashed dates ("10/17/2017"), and years: a bare four-digit whole number
//     from 1000 to 2100 ("in 2017", "since 2014", "2014-2017"), or one with a letter ("2003b"),
//     unless it counts a noun ("2000 troops", and a range, "1500 to 2000 troops") or has a
//     comparative qualifier ("more than 1700"),
//     but never after "fiscal", "FY", "fiscal year" or "calendar year", nor at the end of a span
//     of such years ("Fiscal 2024 aircraft procurement funds", "fiscal 2025 through 2029 defense
//     funds", fiscalYear);
//   - two whole numbers joined by a hyphen or en dash, the first larger, with no unit: "24-7", a
//     score "3–1", a vote "5-4" (descendingPair; ranges ascend); and the sides of a ratio, "a
//     3-to-1 ratio", "by a 2 to 1 margin", and a vote's tally, "voted 78 to 2" (ratioAt), also in words, "a two-to-one ratio",
//     "one-to-one talks" (wordRatio); the sides of dimensions joined by "-by-", "a
//     10-by-12-foot cell", "4-by-4 vehicles", and the first side of "10 by 12 feet"
//     (dimensionsAt);
//   - years and times read out in words: "nineteen ninety-one", "twenty twenty-four",
//     "zero-six-hundred hours", and "twenty-four seven" said for 24/7 (spokenDigits);
//   - decades: "the '90s", "the mid-80s", "the early 2000s" (not seconds, decade);
//   - an hour or a day counted from an operation's start, a capital letter and a plus sign
//     before the number: "H+30", "D+5";
//   - times of day: "10 a.m.", "10am", "2.13 am", "9 PM", "14:00", "1400 GMT", "0600 hours" (but
//     "96 pm" and "2.1 pm", which cannot be times, are picometres);
//   - a battalion of a regiment: "1-64 Armor", "2-7 Infantry", "1-5 Cav", "3/5 Marines",
//     "Marines of 2/7" (unitDesignation; "10-15 Marines" stays a range), "the 2-506th Infantry" (an
//     ordinal after the hyphen, hyphenOrdinal), and a formation's
//     number before its name in the singular, as British forces write it: "3 Commando Brigade",
//     "16 Air Assault Brigade", "1 (UK) Division", "617 Squadron", "22 SAS", a list of them before
//     the name in the plural, "800 and 801 Naval Air Squadrons" (listedNumbersEnd,
//     numberListBefore), and a grid line, "73 Easting" (formationName);
//   - ordinals and names: "82nd Airborne Division", "1st Armored Division", "10 th place",
//     "3d Marine Division" and "2d Battalion" (the services' "2d" and "3d" before a capitalised
//     name, militaryOrdinal),
//     "its 2,000th day" (a grouped number with an ordinal's suffix, ordinalAt), and a
//     bare number after a designator ("Task Force 51", "Resolution 2254", "Table 3", "version 2", "ext. 204", "Interstate 95", "area code 202", "Mission 2", "Base 101", "Hull 2", "river mile 953", "mile marker 12", mileMarkerBefore;
//     not a verb after a modal or a pronoun: "will station 300 troops", verbAfter; and a
//     designator's word and a full stop end a sentence before a capitalised number word, "per
//     day. Two deminers", and, for a word of five letters or more, before digits too, "the
//     required level. 2 C-17s landed")
//     or after a capitalised name ("Voyager 2"; not a capitalised plural before a word in lower
//     case, whom something costs or is given to: "cost the Allies four heavy cruisers"), an acronym written with full stops ("H.R.
//     815", "P.L. 118-31"; a code's title and section around its abbreviation, "10 U.S.C. 2304",
//     "10 U.S.C. § 2304", "32 CFR 117", codeCitation; a section's letter is no unit, "Section
//     2306d", sectionBefore) or a name's acronym in parentheses ("Carrier Air Wing (CVW) 5"), or after a noun used as one ("simulation 1",
//     "month 3", "class 8", "Figure 2" glued to the word before it), and a figure's or table's
//     panel, a number with a letter touching it ("Fig. 4b", "Table 2d", "Figure 3B": not barns,
//     days or bytes), or with one letter in parentheses ("Figures 4(a) and 4(b)", "Article 5(c)");
//     ordinal words are never numbers, nor is a tens word joined to one by a hyphen, "the
//     twenty-first century" (and with "second" after a definite determiner or a possessive, "our
//     sixty-second drawdown", but "a thirty-second delay" is 30 s, tensOrdinal); a capitalised number word before a capitalised plural
//     that names no people or weapons starts a name, after "the" or before a plural noun: "Five
//     Eyes partners", "the Five Eyes" (numberWordNamed), and so does one after "of" and a
//     capitalised word before another: "Operation Mother of Two Springs" (nameOfNumber);
//   - reference numerals in a drawing: a bare number starting a clause and followed by "is a",
//     "is an" or "are the" ("8 is a shaft, 11 is a magnetic pole and 15 is a coupling");
//   - positions: a latitude and a longitude given as a pair, with degree, minute or second marks
//     and a hemisphere's letter ("52.3676° N, 4.9041° E", "52°22′N 4°54′E", with curled
//     apostrophes "12°35’N 56°10’E"; coordinatePair; decimal degrees without marks only as a
//     pair: "76.5 N, 155.0 W"), and
//     the minutes and seconds of any such angle ("the 22 of 52°22′N", afterMark); a latitude alone
//     is a quantity ("the boundary is 40°N");
//   - identifiers and model names: a number after "ID" ("ID: 12345") or touching "#" ("case
//     #4567", identifierBefore), grid references ("38S MB 12345 67890", "grid MB 1234 5678",
//     mgrsAt; "grid 123456"), digits touching letters or joined by a hyphen to them
//     ("F-16", "MQ-9", "AH-64", "3C274", "COVID-19"), version numbers and addresses ("1.2.3"),
//     a bore's name (".50-caliber", "12-gauge", calibreName), a calibre in millimetres before
//     a weapon's or a munition's noun within two words ("155 mm artillery rounds", "a 30 mm
//     cannon", munitionNouns; "155 mm wide" is a length; a bore in inches joined by a hyphen
//     too: "a 3.5-inch rocket launcher", "three 4.2-inch mortars" → count:4.2-inch mortar), a chemical's locants
//     ("2-methylpropane", "2,4,6-trinitrotoluene", locants), serial numbers whose part after a
//     hyphen starts with a zero ("Statement 23-047": not a range),
//     "24/7", a slashed date naming events ("9/11 attacks", and after "since", "after", "before",
//     "until", "post-", "pre-", or "on" when no "of" follows: "since 9/11", "on 9/11", eventDate), phone numbers ("555-1234", "(703)
//     555-1234", "703-555-1234", "703.555.1234", "1-800-621-3362", and after a plus sign and a
//     country code, "+1 (703) 555-0142", "+44 20 7946 0958"), list numbering ("1." at the start of a line
//     or after a colon or a sentence's end before a capitalised word,
//     and "1)" after a colon, a clause or "and": "two issues: 1) noise, 2) cost"; a number
//     word up to ten opening a sentence before a comma and a pronoun or an article, "Two, it
//     will ship", listNumbering), citations
//     and sets ("[11]", "{1}");
//   - one of two halves named: "half" after "first", "second", "last", "other", "back"... ("the
//     first half of the year"), or after a side, "eastern", "western", "upper", "lower"... ("the
//     eastern half of the city"; halfNames);
//   - in formulas: a bare number right after a one-letter variable ("r 2", "β 2", "A 1"), before
//     "/" and a letter ("1/T"), or a flattened exponent after a unit ("s −1" belongs to the unit
//     "m s −1", and "fb−1", "ha-1" touching it); an isotope's mass number ("75 As"); a
//     subscript or index touching a closing bracket ("Mg(ClO4)2", "(IRF)5");
//   - a bare number continuing a list or range after a designator ("Figures 3 and 4", "No. 2 to
//     4, 6 and 15") or after a capitalised name's number ("White Beach 1 and 2", "Hills 881 South
//     and 861", designatedList; not after a weekday), or giving the total of a designated series after "of" ("Page 3 of 12", "Step
//     2 of 5", designatedTotal), and a list of bare numbers right after a plural noun, in lower case or
//     capitalised as a name ("phases 3, 5, and 7", "columns 4 and 5", "Phases 2 and 3"), or a
//     range joined by a hyphen or dash after which nothing is counted ("Lots 15-17", "lines
//     2–12"; not "kills 3-5 people"), or by "through" ("Flights 1 through 4 launched", "Phase 1
//     through 3");
//   - a bare C or F touching the number or followed by "." or "-" ("777F", "2021 C.P.I."): not a
//     temperature, unless it touches a number of up to three digits after a word in lower case
//     and ends a clause ("hit 40C, or 104F", touchingDegrees; not "13F soldiers", "Figures 3A
//     and 3C"), or comes after a lone minus sign ("fell to -30C overnight", signedAt) or in a
//     clause on the weather ("temperatures of 45C in the shade", temperatureClause);
//   - a whole written as a fraction ("two halves of a city", "four quarters");
//   - the pronoun "one": "one of the", "no one", "the one", "if one ignores", "one replacing
//     another" (a word in -ing before a determiner is a verb), "one usually finds", "One
//     cannot". A bare "one", with no counted noun or unit, is always taken as the pronoun, as
//     is "one" after a determiner ("on the one hand"). "one" is a figure when it counts a noun
//     ("one strike"; not a part of the day: "one afternoon", dayParts), has a unit ("one
//     mile") or is part of a larger number ("one hundred");
//   - the last day of a range of days after a date ("from March 13 to 23", "on Aug. 12 and 13", dateRangeEnd), and a
//     range of two day numbers before a month's name ("from 3 to 14 March", "3-14 June",
//     dateRangeStart), and
//     a person's age set off by commas after a name and before "of", "from" or another word in
//     lower case that continues no list ("Spc. John Doe, 23, of Chicago", "Ryan Mays, 21, was
//     acquitted"; not "Kandahar, 21, and Helmand"), or before "and" or "or" when a rank or title
//     leads the name ("Staff Sgt. John Doe, 27, and Sgt. Jane Roe, 24"; a title written in full and a
//     grade's number too, "Chief Warrant Officer 3 Ann Rivera, 38, and", titledName), and after any word before "of" or "from" and a
//     capitalised place ("The sailor, 19, of Texas").
//
// # Restatements and the conversion check
//
// A figure restated in brackets, parentheses, or after a dash (-, –, —) or "or" ("1,083 square
// kilometers [about 418 square miles]", "9 square kilometers – more than 3 square miles"), and
// in another unit after a comma and a qualifier of approximation ("800 feet, about 244 meters")
// or after a word of dimension or what is measured, in one or two words after "of", and a
// bracket or dash ("10,000 feet long (3,048 meters)", "50,000 gallons of fuel (189,000
// liters)"; in all these, when the restatement then closes its bracket, a dash or the clause: not
// "3 miles of road (2 km paved)", restateGapLoose), has
// Restates set to the index of the first figure, provided both have SI values of the same
// dimension, both or neither is a range, and neither is a vague amount ("a few dozen
// kilometers"), nor another guess in the same unit after "or" ("10 days, or 20 days"); a
// range restated as a range is checked end by end (checkRange: "150 to 200
// kilometers (93 to 124 miles)"). A number in words is as exact as a round number of its size
// (a tenth either side), a restatement in words rounded by no more than a quarter ("a year (18
// months)" fails; spelled). Check then compares the first converted into the second's
// unit (Expected) with the stated value. Both figures are rounded, so the first is taken as
// the interval of half its last stated digit either side (a whole number ending in three or more
// zeros is rounded to its last non-zero digit, but by no more than 5% either side, as the
// restatement converts the number as stated: "1 million gallons (4.5 million liters)" fails, and
// so is the second, "40,000 gallons (100,000 liters)" failing, roundStep; and a restatement of three digits or more ending in a zero as rounded to its last
// non-zero digit, by no more than 5%: "800 ft (240 m)", statedStep), and:
//
//   - no qualifier: OK when that interval comes within half the second's last digit plus 1%;
//   - about, approximately, roughly, around, some, estimated: the same with 5%;
//   - more-than, over: the converted value exceeds the stated one, by at most half again;
//     at-least allows equality;
//   - less-than, fewer-than, under: below the stated one, by at most a third; up-to, at-most
//     allow equality;
//   - nearly, almost: at most the stated value and no more than 5% below it ("9,400 nautical
//     miles (nearly 20,000 kilometers)" is 17,410 km: a mismatch);
//   - and with any of these directional qualifiers, also OK when the converted value rounds to
//     the stated one: the interval comes within half the stated last digit, or within 1% of the
//     stated value. Editors restate a conversion rounded to the nearest unit and then prefix a
//     qualifier loosely, so "2,351 square kilometers [at least 908 square miles]" (907.7) and
//     "126 square kilometers [over 49 square miles]" (48.65) are OK.
//
// Rates are compared per the same unit of time: "2,400 liters per day (100 liters an hour)" is OK.
// Degrees of no scale restated in degrees Celsius are Fahrenheit, and the reverse: "above 120
// degrees (49 degrees Celsius)" is over 120 degF; the same number restated is in the
// restatement's scale, "minus 20 degrees, or -20°C" (degreesScaled).
//
// So 26 km² = 10.04 mi² checks against "10 square miles", 1,083 km² = 418.1 mi² against "about
// 418", and 9 km² = 3.47 mi² against "more than 3", while "100 square kilometers [about 60
// square miles]" fails (38.6 mi²) with a Message saying so, as do "[more than 60 square miles]"
// and "[nearly 60 square miles]".
//
// # Normalised form
//
// Normalised gives "1083 km2", "about 418 mi2", "7 count:strike", "10-15 km", "more-than 80
// percent", "48000 gal/day": the qualifier if any, the value or range, and the canonical unit, with
// a rate's unit of time after a slash.
//
// # Canonical units
//
// Canonical units follow shared/eval/README.md: km2 m2 mi2 ha acre; km m cm mm um nm mi ft in yd
// nmi; kg g mg ug t (tonne) ton (short) long-ton lb oz; l ml gal bbl qt pt (US quarts and pints)
// m3 km3 cm3 (and ft3, yd3,
// in3: "cubic feet", "cubic yards", "cu ft"; MTON, cargo's measurement ton of 40 cubic feet);
// second minute hour day week month year ms; km/h mph m/s kn Mach; g0, a load factor in
// standard gravities after a sentence on turns, loads or pilots ("pulled 7.8 g", gLoadClause); degC degF K; percent percentage-point ppm ppb ppt ("parts per trillion" only: the symbol is also parts per thousand); ISO 4217 codes (a bare "$" is USD, a bare currency "pound" GBP only after a multiplier, "361 million pounds", "one million pounds", and not before "of" or a bracketed mass: "1.1 million pounds of cargo", unless a noun of money follows "of": "400 million pounds of military support", moneyOfFollows; otherwise
// "pounds" are lb), USD-cent, GBP-pence; number; count:NOUN. Other units keep their symbol
// ("GHz", "MPa", "kJ mol-1"). SI values are in m2, m, kg, m3, s, m/s and K, and in the base unit
// of a prefixed SI unit.
//
// # Implementation
//
// Find is one pass over the bytes with no regular expressions: at each digit, or word that can
// start a number, it parses the number, then looks forward for a unit (a case-insensitive phrase
// table over up to four words and a case-sensitive symbol table with compounds and powers), a
// range, or a counted noun, and backward for a currency sign, a qualifier and the context that
// rules a number out. The tables are package-level maps built once at init and only read; in front
// of each, a filter of the first two letters and the lengths of its words turns most words away
// without a lookup; a word after a number is first judged from its first two bytes by the filter,
// before it is read whole. The word before a number is read once and shared by the rules that look
// at it (a minus, "between", a qualifier, a designation). parseFigure fills its caller's figure
// rather than returning a copy. Lower-casing goes into buffers on the stack, and the figures into
// a slice a Finder keeps from one call to the next (the annotation stage keeps one Finder per
// document it transforms) and then copied into one slice of their number, so a paragraph costs
// a single allocation unless it has a count (whose unit, "count:strike", is a string of its own)
// or a restatement check. The package keeps no state: Find may be called from several
// goroutines at once, and each Finder by one at a time.
//
// # Files
//
// scan.go is the entry (Find, Finder) and finds where figures may start; number.go reads
// numbers in digits and words; parse.go reads a whole figure from there, with signs.go
// (currency, minus, uncertainty, ranges), qualifier.go (qualifiers and changes), fractions.go
// (vulgar fractions, "out of", "part of", multipliers, bracketed units), lex.go and unit.go
// (the tables and matching of units), phrase.go and noun.go (unit phrases and counted nouns).
// What is not a figure is ruled out by reject.go (the context of digits: dates, coordinates,
// designations), notfigure.go and sentence.go (the sentence around: ages, bearings, nautical
// and weather readings). The passes over the figures found that share a noun, a unit or a
// rate with a bare number are in scan.go (the older ones) and passes.go (goals, casualties, "Of
// them,", rates per a population, gusts, "or more", "twice"). check.go checks restatements;
// title.go handles headlines, filter.go the word filters, and figure.go holds the Figure type.
package figure
