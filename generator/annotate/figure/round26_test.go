package figure

import "testing"

// The Libya 2011, Guantánamo, Harvey, Tigray and Levant reviews: "a little" or "a bit" before
// "less than", "more than" and "fewer than"; a part of a whole whose number is qualified; "the
// number of" a noun changed to a number counts its own noun; "where" ends a counted noun.
func TestRound26QualifiersAndParts(t *testing.T) {
	cases := map[string][]want{
		"U.S. jets flew a little less than 50 percent of the sorties.": {{"a little less than 50 percent", "less-than 50 percent", Percent}},
		"The base sent a bit more than 5,000 troops.":                  {{"a bit more than 5,000 troops", "more-than 5000 count:troop", Count}},
		"U.S. jets flew roughly 175 of about 350 sorties.": {
			{"roughly 175", "roughly 175 count:sortie", Count}, {"about 350 sorties", "about 350 count:sortie", Count}},
		"They flew 1,206 of the coalition's roughly 1,990 sorties.": {
			{"1,206", "1206 count:sortie", Count}, {"roughly 1,990 sorties", "roughly 1990 count:sortie", Count}},
		"The coalition had fired 162 Tomahawk missiles, and the number of nations had grown to 13.": {
			{"162 Tomahawk missiles", "162 count:Tomahawk missile", Count}, {"13", "13 number", Number}},
		"Boats reached Port Arthur, a city of some 55,000 where several wards flooded.": {{"some 55,000", "some 55000 number", Number}},
		// negatives: a little over still qualifies; a change of the force keeps its noun
		"The unit flew a little over 50 percent.": {{"a little over 50 percent", "over 50 percent", Percent}},
		"The force of 6,000 troops was cut to 4,000.": {
			{"6,000 troops", "6000 count:troop", Count}, {"4,000", "4000 count:troop", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The same reviews: "under" a depth of water is beneath it; "the several thousand" and "the
// few hundred" are vague amounts; a count in thousands before a restated measure counts the
// noun after it; "in two" before a preposition is halves; number words joined by "-to-" make a
// range; peoples' plurals are counted.
func TestRound26DepthsAmountsRanges(t *testing.T) {
	cases := map[string][]want{
		"The storm left Port Arthur under 6 feet of water.": {{"6 feet", "6 ft", Length}},
		"Officials urged the several thousand U.S. citizens to leave.": {
			{"several thousand U.S. citizens", "about 3000 count:U.S. citizen", Count}},
		"They evacuated the few hundred refugees.": {{"few hundred refugees", "about 300 count:refugee", Count}},
		"The Navy paused 1,800 2,000-pound [907-kilogram] bombs.": {
			{"1,800", "1800 count:bomb", Count}, {"2,000-pound", "2000 lb", Mass}, {"907-kilogram", "907 kg", Mass}},
		"Troops cut the city in two along the river.": nil,
		"Norway flew four-to-six F-16s from Crete.":   {{"four-to-six F-16s", "4-6 count:F-16", Count}},
		"The court gave a three-to-five-year term.":   {{"three-to-five-year", "3-5 year", Duration}},
		"The base held 22 Uighurs and 12 Tatars.":     {{"22 Uighurs", "22 count:Uighur", Count}, {"12 Tatars", "12 count:Tatar", Count}},
		// negatives: "under" as less than; "the several agencies"; a ratio in words; "in two weeks"
		"Troops cleared the town in under 6 hours; the several agencies met.": {{"under 6 hours", "under 6 hour", Duration}},
		"The vote passed by a two-to-one ratio.":                              nil,
		"They arrived in two weeks.":                                          {{"two weeks", "2 week", Duration}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The same reviews: a rate's part ("with 50 of them"); a rate before "before" or "after" and a
// clause; "over" a duration after a comma and before a phrase of time is the time taken.
func TestRound26RatesAndTimeTaken(t *testing.T) {
	cases := map[string][]want{
		"The deal allowed 600 aid trucks a day, with 50 of them carrying fuel.": {
			{"600 aid trucks a day", "600 count:aid truck/day", Count}, {"50", "50 count:aid truck/day", Count}},
		"The camp screened 1,100 people a day before they were flown out.": {{"1,100 people a day", "1100 count:person/day", Count}},
		"Crews flew 470 patrols a week before noon.":                       {{"470 patrols a week", "470 count:patrol/week", Count}},
		"Soldiers trained troops at Arta, over two weeks in February.":     {{"two weeks", "2 week", Duration}},
		// negatives: a time after a comma that is no time taken; "a month before," is a time
		"The siege lasted over two weeks in February.":                {{"over two weeks", "over 2 week", Duration}},
		"They had fired 5,000 rounds a month before, and more later.": {{"5,000 rounds", "5000 count:round", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Harvey and Libya 2011 reviews: a hyphenated modifier before a list of services keeps the
// list in the counted noun; "and" or "or" inside what flows keeps the rate.
func TestRound26ServicesAndFlows(t *testing.T) {
	cases := map[string][]want{
		"By Sept. 1 more than 13,000 active-duty, Reserve and National Guard personnel were deployed.": {
			{"more than 13,000 active-duty, Reserve and National Guard personnel", "more-than 13000 count:active-duty, Reserve and National Guard personnel", Count}},
		"Border posts handled several hundred trucks of fuel and food a week.": {
			{"several hundred trucks of fuel and food a week", "about 300 count:truck/week", Count}},
		// negatives: no rate after the flow; a list of nations' adjectives
		"They delivered 40 tons of flour and rice.": {{"40 tons", "40 ton", Mass}},
		"About 2,000 U.S., British and French troops landed.": {
			{"About 2,000 U.S., British and French troops", "about 2000 count:U.S., British and French troop", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Allies Welcome, Yemen, Korean War, Sandy and flood-fight reviews: "aboard" ends a counted
// noun; "each" and a preposition after a breakdown's number; "out" after a plural object
// before "over" a duration; the count before a place's count that a later number exceeds;
// "N more" before an irregular past tense; a named weapon or unit after "one"; "wing" after
// "one"; a plural modifier before a singular and a plural noun; a casualty's participle
// before a nation's adjective; "nor'easters"; "flights of stairs"; "overrun over".
func TestRound26CountsAndNouns(t *testing.T) {
	cases := map[string][]want{
		"The first 2,000 arrived aboard C-17s from Qatar.": {{"2,000", "2000 number", Number}},
		"The fleet supplied 18 commercial airliners: three each from American Airlines, two from Hawaiian Airlines and four from United Airlines.": {
			{"18 commercial airliners", "18 count:commercial airliner", Count}, {"three", "3 count:commercial airliner", Count},
			{"two", "2 count:commercial airliner", Count}, {"four", "4 count:commercial airliner", Count}},
		"The aircraft flew 5,000 people out over three days.": {{"5,000 people", "5000 count:person", Count}, {"three days", "3 day", Duration}},
		"About 49,000 evacuees at the eight sites had received the vaccine, and more than 30,000 had received a shot.": {
			{"About 49,000 evacuees", "about 49000 count:evacuee", Count}, {"eight sites", "8 count:site", Count},
			{"more than 30,000", "more-than 30000 count:evacuee", Count}},
		"Sixteen nations sent combat forces and five more sent medical units.": {
			{"Sixteen nations", "16 count:nation", Count}, {"five", "5 count:nation", Count}},
		"The crew fired one Evolved Sea Sparrow Missile.":                       {{"one Evolved Sea Sparrow Missile", "1 count:Evolved Sea Sparrow Missile", Count}},
		"The package included one Terminal High Altitude Area Defense battery.": {{"one Terminal High Altitude Area Defense battery", "1 count:Terminal High Altitude Area Defense battery", Count}},
		"The package included one air expeditionary wing.":                      {{"one air expeditionary wing", "1 count:air expeditionary wing", Count}},
		"Bombers struck 12 weapons storage sites.":                              {{"12 weapons storage sites", "12 count:weapons storage site", Count}},
		"Guards shot two wounded American soldiers.":                            {{"two wounded American soldiers", "2 count:wounded American soldier", Count}},
		"Three nor'easters hit the coast.":                                      {{"Three nor'easters", "3 count:nor'easter", Count}},
		"Volunteers carried water up as many as 14 flights of stairs.":          {{"as many as 14 flights of stairs", "up-to 14 count:flight of stairs", Count}},
		"The regiment was overrun over four nights.":                            {{"four nights", "4 day", Duration}},
		// negatives: "more" before an adjective in -ed; "one" before a verb; a plural noun alone
		"The army placed 2,000 more trained soldiers on alert.": {{"2,000 more trained soldiers", "2000 count:trained soldier", Count}},
		"One Marine Corps F-35 crashed.":                        {{"One Marine", "1 count:Marine", Count}},
		"Bombers struck 12 weapons.":                            {{"12 weapons", "12 count:weapon", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Yemen review: a date's comma does not end a count's clause before a breakdown.
func TestRound26BreakdownAfterDate(t *testing.T) {
	checkFind(t, "Houthi forces fired seven ballistic missiles on March 25, 2018, three at Riyadh.", []want{
		{"seven ballistic missiles", "7 count:ballistic missile", Count}, {"three", "3 count:ballistic missile", Count}})
	// and an aside with commas before the count does not stop a clause after ", and"
	checkFind(t, "Houthi forces, backed by Iran, fired seven ballistic missiles, and three hit Riyadh.", []want{
		{"seven ballistic missiles", "7 count:ballistic missile", Count}, {"three", "3 count:ballistic missile", Count}})
}

// The Al Asad, Ukraine aid, contract and port-visit reviews: "militia" before a plural noun
// modifies it; a model's name with a capital before its number ("Tor-M1", "Pantsir-S1"); a
// plural modifier after two capitalised words; "as wide as" and the like are up to; "lift" and
// "boost" are verbs of change; a change from a rate with a time phrase after its start.
func TestRound26ModelsAndChanges(t *testing.T) {
	cases := map[string][]want{
		"The strike killed at least 25 militia fighters.": {{"at least 25 militia fighters", "at-least 25 count:militia fighter", Count}},
		"The battery fired two Tor-M1 missiles and two Pantsir-S1 systems.": {
			{"two Tor-M1 missiles", "2 count:Tor-M1 missile", Count}, {"two Pantsir-S1 systems", "2 count:Pantsir-S1 system", Count}},
		"Aircraft struck five Popular Mobilization weapons storage facilities.": {
			{"five Popular Mobilization weapons storage facilities", "5 count:Popular Mobilization weapons storage facility", Count}},
		"The craters were as wide as 30 feet.": {{"as wide as 30 feet", "up-to 30 ft", Length}},
		"The company plans to lift output from 2,100 to 3,960 missiles a year.": {
			{"2,100", "2100 count:missile/year", Count}, {"3,960 missiles a year", "3960 count:missile/year", Count}},
		"Production rose from about 14,000 shells a month in early 2023 to roughly 40,000 a month by late 2024.": {
			{"about 14,000 shells a month", "about 14000 count:shell/month", Count}, {"roughly 40,000 a month", "roughly 40000 count:shell/month", Count}},
		// negatives: militia alone; a plain range after "lift"'s noun
		"About 30 militia attacked.":        {{"About 30 militia", "about 30 count:militia", Count}},
		"The crane can lift 10 to 15 tons.": {{"10 to 15 tons", "10-15 ton", Mass}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The port-visit and Ukraine aid reviews: "took over" a duration is more than it; a direction
// ends what a measure holds.
func TestRound26TookOverAndDirections(t *testing.T) {
	checkFind(t, "It was a passage that took a little over 12 hours.", []want{{"a little over 12 hours", "over 12 hour", Duration}})
	checkFind(t, "Russia moved about 5,000 pieces of equipment back across the river.", []want{
		{"about 5,000 pieces of equipment", "about 5000 count:piece of equipment", Count}})
	// negatives: "took over" a count's object is the phrasal verb; "took part over" is the time taken
	checkFind(t, "Marines took over 200 prisoners.", []want{{"200 prisoners", "200 count:prisoner", Count}})
	checkFind(t, "About 700 sailors took part over 10 days.", []want{{"About 700 sailors", "about 700 count:sailor", Count}, {"10 days", "10 day", Duration}})
}

// The Capitol, Kobani and Taiwan reviews: a part of a people's plural after a possessive; a
// month's abbreviation is no sentence's end before "of them"; "townspeople".
func TestRound26PossessivePartsAndAbbreviations(t *testing.T) {
	cases := map[string][]want{
		"Hogan ordered about 500 of his state's Guardsmen to Washington.": {{"about 500", "about 500 count:Guardsman", Count}},
		"About 150 peshmerga crossed into Kobani on Oct. 31. About 80 of them flew from Erbil.": {
			{"About 150 peshmerga", "about 150 count:peshmerga", Count}, {"About 80", "about 80 count:peshmerga", Count}},
		"Officials said more than 100 townspeople had died.": {{"more than 100 townspeople", "more-than 100 count:townsperson", Count}},
		// negative: two sentences apart, "of them" counts nothing
		"About 150 peshmerga crossed on Friday. The convoy stopped. About 80 of them flew.": {
			{"About 150 peshmerga", "about 150 count:peshmerga", Count}, {"About 80", "about 80 number", Number}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Deep Freeze, Kashmir, Beirut and Dorian reviews: Seabees and other capitalised plurals of
// troops; "no wider than" and the like are at most; "under" a range of depths of water.
func TestRound26SeabeesNegatedComparativesDepthRanges(t *testing.T) {
	cases := map[string][]want{
		"The Navy sent 10 Seabees and 500 Bersaglieri.": {{"10 Seabees", "10 count:Seabee", Count}, {"500 Bersaglieri", "500 count:Bersaglieri", Count}},
		"The ledge was no wider than 50 meters.":        {{"no wider than 50 meters", "at-most 50 m", Length}},
		"The airport sat under 4 to 6 feet of water.":   {{"4 to 6 feet", "4-6 ft", Length}},
		// negatives: a comparison without "no"; "under" a range that is no depth
		"The ledge was wider than 50 meters.": {{"wider than 50 meters", "more-than 50 m", Length}},
		"The trip took under 4 to 6 hours.":   {{"under 4 to 6 hours", "under 4-6 hour", Duration}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Honduras review: after "one", a two-word aircraft's name and its crew.
func TestRound26OneAircraftCrew(t *testing.T) {
	checkFind(t, "One Black Hawk crew hoisted 42 residents.", []want{
		{"One Black Hawk crew", "1 count:Black Hawk crew", Count}, {"42 residents", "42 count:resident", Count}})
	checkFind(t, "Crews flew one Black Hawk and two Chinooks.", []want{
		{"one Black Hawk", "1 count:Black Hawk", Count}, {"two Chinooks", "2 count:Chinook", Count}})
}

// The Deep Freeze review: a conversion to zero reads as zero, not as a rounding error.
func TestRound26ConversionToZero(t *testing.T) {
	figs := Find("Highs hover around 32 degrees Fahrenheit (0 degrees Celsius).")
	if len(figs) != 2 || figs[1].Check == nil || figs[1].Check.Message != "32 degF is 0 degC; stated 0 degC" || !figs[1].Check.OK {
		t.Errorf("figures %+v, want the second checked: %q", figs, "32 degF is 0 degC; stated 0 degC")
	}
}

// The Provide Comfort review: a country written with "the" in a list whose verb and noun are
// written once.
func TestRound26GappedListWithThe(t *testing.T) {
	checkFind(t, "Britain contributed about 5,000 troops, France about 2,000 and the Netherlands about 1,000.", []want{
		{"about 5,000 troops", "about 5000 count:troop", Count}, {"about 2,000", "about 2000 count:troop", Count}, {"about 1,000", "about 1000 count:troop", Count}})
	// negative: "the" before a lower-case noun is no name
	checkFind(t, "Britain contributed about 5,000 troops, and the rest about 1,000.", []want{
		{"about 5,000 troops", "about 5000 count:troop", Count}, {"about 1,000", "about 1000 number", Number}})
}

// The Noble Eagle review: "in two" before a number joined to a noun counts it.
func TestRound26InTwoShifts(t *testing.T) {
	checkFind(t, "Workers sifted debris in two 12-hour shifts.", []want{{"two 12-hour shifts", "2 count:12-hour shift", Count}})
	checkFind(t, "The river cut the city in two.", nil)
}

// The aviation-mishap review: an age after a titled name, closed by a semicolon or a full stop.
func TestRound26AgesBeforeSemicolons(t *testing.T) {
	checkFind(t, "Killed were Maj. Tobin Lewis, 37; Capt. Eleanor LeBeau, 29; and Cpl. Spencer Collart, 21.", nil)
	// negative: a number after a place's name is a count
	checkFind(t, "The unit lost Kandahar, 21.", []want{{"21", "21 number", Number}})
}

// The Marawi, 2003 Iraq and Izmit reviews: "ground zero" is no figure; cans and sachets hold
// what they are counted with; "one" before a name and an irregular past tense.
func TestRound26GroundZeroCansAndOneApache(t *testing.T) {
	cases := map[string][]want{
		"Engineers cleared the area known as ground zero by June.": nil,
		"Each pack held four cans of sardines and six sachets of coffee.": {
			{"four cans of sardines", "4 count:can of sardines", Count}, {"six sachets of coffee", "6 count:sachet of coffee", Count}},
		"Fire damaged the aircraft, and one Apache went down.": {{"one Apache", "1 count:Apache", Count}},
		// negatives: a zero count; a named model's verb in -ed
		"The attack left zero casualties.": {{"zero casualties", "0 count:casualty", Count}},
		"One Apache crashed.":              {{"One Apache", "1 count:Apache", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Red Wings review: Latin plurals in -ae are counted in the singular.
func TestRound26LatinPlurals(t *testing.T) {
	checkFind(t, "He suffered three cracked vertebrae in the fall.", []want{{"three cracked vertebrae", "3 count:cracked vertebra", Count}})
}

// The Cyclone Idai review: southern African peoples' plurals; a hyphenated word in what a
// container holds; "under a meter of water".
func TestRound26IdaiCountsAndDepths(t *testing.T) {
	cases := map[string][]want{
		"About 1,800 Mozambicans and 40 Angolans were evacuated.": {
			{"About 1,800 Mozambicans", "about 1800 count:Mozambican", Count}, {"40 Angolans", "40 count:Angolan", Count}},
		"A C-130 landed with 16 pallets of high-energy biscuits.": {{"16 pallets of high-energy biscuits", "16 count:pallet of high-energy biscuits", Count}},
		"The airfields were under a meter of water.":              nil,
		// negative: "under a" before a time is less than
		"The flight took under an hour.": {{"under an hour", "under 1 hour", Duration}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}
