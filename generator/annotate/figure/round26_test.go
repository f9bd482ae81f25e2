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
