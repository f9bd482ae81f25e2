package figure

import "testing"

// TestFindDefencePhrasing covers phrasings of space, air and missile defence, arms control,
// disaster response, production and personnel text: rates of time and of data, counts named by
// "a pair of", models with a Roman numeral or a name joined to a number, and compounds led by a
// preposition.
func TestFindDefencePhrasing(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// a duration or an amount of data per a unit of time is a rate
		{"Crews flew 10.4 hours a month; the plant ran 24 hours a day, seven days a week.", []want{{"10.4 hours a month", "10.4 hour/month", Duration}, {"24 hours a day", "24 hour/day", Duration}, {"seven days a week", "7 day/week", Duration}}},
		{"The sensors send 1.2 terabytes of data a day and 40 GB per hour.", []want{{"1.2 terabytes of data a day", "1.2 TB/day", Other}, {"40 GB per hour", "40 GB/hour", Other}}},
		{"It lasted 3 hours a day later; 2 weeks a year ago; 5 GB a piece.", []want{{"3 hours", "3 hour", Duration}, {"2 weeks", "2 week", Duration}, {"5 GB", "5 GB", Other}}},
	}
	for _, tc := range tests {
		checkFind(t, tc.in, tc.want)
	}
}

func TestDurationRateSI(t *testing.T) {
	f := Find("10.4 hours a month and 2 and 6 hours a day")
	if len(f) != 2 || f[0].Per != "month" || f[0].SI != 0 || f[0].SIUnit != "" || !f[1].IsList || f[1].SI != 0 || f[1].SIUnit != "" {
		t.Fatalf("a duration per a unit of time has no SI value: %+v", f)
	}
}

func TestFindPair(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []want
	}{
		// "a pair of" counts two of a noun, with no qualifier of its own
		{"A pair of E-3 AWACS and a pair of CH-47 Chinooks flew.", []want{{"A pair of E-3 AWACS", "2 count:E-3 AWACS", Count}, {"a pair of CH-47 Chinooks", "2 count:CH-47 Chinook", Count}}},
		{"It sent about a pair of F-16s and a pair of medics.", []want{{"about a pair of F-16s", "about 2 count:F-16", Count}, {"a pair of medics", "2 count:medic", Count}}},
		// not of one thing in two parts, nor of no noun
		{"He lost a pair of binoculars; a pair of them; the pair of pilots met.", nil},
	} {
		checkFind(t, tc.in, tc.want)
	}
}

func TestFindAcronymAfterModifiers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []want
	}{
		// an acronym after modifiers keeps its capitals and is the thing counted
		{"It keeps 700 deployed ICBMs, 40 new IEDs and 14 Ohio-class SSBNs.", []want{{"700 deployed ICBMs", "700 count:deployed ICBM", Count}, {"40 new IEDs", "40 count:new IED", Count}, {"14 Ohio-class SSBNs", "14 count:Ohio-class SSBN", Count}}},
		{"Oslo sent 12 Norwegian NASAMS.", []want{{"12 Norwegian NASAMS", "12 count:Norwegian NASAMS", Count}}},
		// but not before a noun, nor a time zone
		{"It held 300 trained ISIS fighters and 20 used HIMARS launchers.", []want{{"300 trained ISIS fighters", "300 count:trained ISIS fighter", Count}, {"20 used HIMARS launchers", "20 count:used HIMARS launcher", Count}}},
		{"At 0900 Zulu UTC and 3 Democrats.", []want{{"3", "3 number", Number}}},
		// (the number joined to a singular noun before a name counts the noun, as "a 312-page
		// report" does)
		{"It sent a 9-line MEDEVAC request and 20 new NASAMS.", []want{{"9-line", "9 count:line", Count}, {"20 new NASAMS", "20 count:new NASAMS", Count}}},
	} {
		checkFind(t, tc.in, tc.want)
	}
}

func TestFindModelNames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []want
	}{
		// a Roman numeral after a model's name is part of it
		{"It got 12 Mk VI patrol boats; each carries 20 Trident II D5 missiles.", []want{{"12 Mk VI patrol boats", "12 count:Mk VI patrol boat", Count}, {"20 Trident II D5 missiles", "20 count:Trident II D5 missile", Count}}},
		{"Two HH-60W Jolly Green IIs flew.", []want{{"Two HH-60W Jolly Green IIs", "2 count:HH-60W Jolly Green II", Count}}},
		// a capitalised name, a hyphen and a number is a model
		{"It fired 54 Shahed-136 drones, 30 Geran-2 drones and 4 Shahed-136s.", []want{{"54 Shahed-136 drones", "54 count:Shahed-136 drone", Count}, {"30 Geran-2 drones", "30 count:Geran-2 drone", Count}, {"4 Shahed-136s", "4 count:Shahed-136", Count}}},
		// not the pronoun "I", nor a name with no number
		{"He had 12 Patriots I saw.", []want{{"12 Patriots", "12 count:Patriot", Count}}},
	} {
		checkFind(t, tc.in, tc.want)
	}
}

func TestFindPrepositionCompound(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []want
	}{
		// a preposition may lead a compound that ends in a word
		{"It held 18 on-site inspections, 12 after-action reports and 4 over-the-horizon radars.", []want{{"18 on-site inspections", "18 count:on-site inspection", Count}, {"12 after-action reports", "12 count:after-action report", Count}, {"4 over-the-horizon radars", "4 count:over-the-horizon radar", Count}}},
		// not one that ends in a function word
		{"It made 3 in-and-out trips.", []want{{"3", "3 number", Number}}},
	} {
		checkFind(t, tc.in, tc.want)
	}
}

func TestFindHorsepower(t *testing.T) {
	checkFind(t, "The engines make 100,000 shaft horsepower, 40,000 shp and 750 hp; a 1,500-horsepower engine.", []want{
		{"100,000 shaft horsepower", "100000 hp", Other}, {"40,000 shp", "40000 hp", Other}, {"750 hp", "750 hp", Other}, {"1,500-horsepower", "1500 hp", Other}})
	checkFind(t, "He joined HP in 2019; 3 HP printers.", []want{{"3 HP printers", "3 count:HP printer", Count}})
}

func TestFindHalfTheWhole(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []want
	}{
		// "half" before a determiner is a share, as "half of" is
		{"About half the TNT comes from abroad, and more than half its fleet.", []want{{"About half", "about 0.5 number", Number}, {"more than half", "more-than 0.5 number", Number}}},
		// not a half named, nor an idiom
		{"In the first half the team led; half the time, it was half the battle.", nil},
	} {
		checkFind(t, tc.in, tc.want)
	}
}

func TestFindCountOfWhatPerTime(t *testing.T) {
	// a counted noun "of" what it holds, per a unit of time, is a rate
	checkFind(t, "Staff gave 5,000 doses of vaccine per week and 300 rounds of ammunition a day.", []want{
		{"5,000 doses of vaccine per week", "5000 count:dose/week", Count}, {"300 rounds of ammunition a day", "300 count:round/day", Count}})
	// not before a determiner or a time placed
	checkFind(t, "It packed 12 boxes of the food a day and 4 cases of flu a day later.", []want{
		{"12 boxes", "12 count:box", Count}, {"4 cases of flu", "4 count:case of flu", Count}})
}

func TestFindOverADuration(t *testing.T) {
	// "over" a duration right after a figure is the time it takes, not more than it
	checkFind(t, "It seeks 18 B-21s over five years and $50 billion over 10 years.", []want{
		{"18 B-21s", "18 count:B-21", Count}, {"five years", "5 year", Duration}, {"$50 billion", "50000000000 USD", Money}, {"10 years", "10 year", Duration}})
	// elsewhere it is more than it
	checkFind(t, "He served over 20 years, 5 km in over 2 hours.", []want{
		{"over 20 years", "over 20 year", Duration}, {"5 km", "5 km", Length}, {"over 2 hours", "over 2 hour", Duration}})
}

func TestFindCodeDesignator(t *testing.T) {
	// a number after "code" or "mission" is its name
	checkFind(t, "Dial area code 202 or zip code 20301; it sent 3 code words.", []want{{"3 code words", "3 count:code word", Count}})
	checkFind(t, "Mission 2 of 5 launched; the mission sent 40 troops.", []want{{"40 troops", "40 count:troop", Count}})
}

func TestFindSeriesThrough(t *testing.T) {
	// numbers "through" a number after a designator or a plural naming numbered things name them
	checkFind(t, "Flights 1 through 4 launched; Phase 1 through 3 ends; Chapters 2 thru 5.", nil)
	// not a count or a measure
	checkFind(t, "It killed 3 through 5 soldiers; it rose from 10 through 20 percent.", []want{
		{"3", "3 number", Number}, {"5 soldiers", "5 count:soldier", Count}, {"10", "10 number", Number}, {"20 percent", "20 percent", Percent}})
}

func TestFindPressure(t *testing.T) {
	// a storm's pressure in millibars, hectopascals or inches of mercury
	checkFind(t, "The pressure fell to 940 millibars (27.76 inches of mercury), from 1,002 mbar and 990 hectopascals; 6 inches of rain.", []want{
		{"940 millibars", "940 mbar", Other}, {"27.76 inches of mercury", "27.76 inHg", Other}, {"1,002 mbar", "1002 mbar", Other}, {"990 hectopascals", "990 hPa", Other}, {"6 inches", "6 in", Length}})
}

func TestFindAcronymAndNumberModel(t *testing.T) {
	// an acronym and a number name a class or a hull before the noun counted
	checkFind(t, "It buys two DDG 51 Arleigh Burke-class destroyers and 12 CVN 78 carriers.", []want{
		{"two DDG 51 Arleigh Burke-class destroyers", "2 count:DDG 51 Arleigh Burke-class destroyer", Count}, {"12 CVN 78 carriers", "12 count:CVN 78 carrier", Count}})
	// not before a unit, nor a hull number alone
	checkFind(t, "It fired two HIMARS 12 miles away; USS Mason (DDG 87) and DDG 64 sailed.", []want{
		{"two HIMARS", "2 count:HIMARS", Count}, {"12 miles", "12 mi", Length}})
}

func TestFindBattalionOrdinal(t *testing.T) {
	// a number, a hyphen and an ordinal name a battalion of a regiment
	checkFind(t, "The 2-506th Infantry's Alpha Company and the 1-75th Rangers moved.", nil)
	// a range stays one
	checkFind(t, "It rose 2-3 percent and 10-15 soldiers left.", []want{{"2-3 percent", "2-3 percent", Percent}, {"10-15 soldiers", "10-15 count:soldier", Count}})
}

func TestFindNameKeepsCapital(t *testing.T) {
	// the last word of a name keeps its capital in the unit
	checkFind(t, "It sent 60 Bradley Infantry Fighting Vehicles and 300 Iraqi Security Forces members.", []want{
		{"60 Bradley Infantry Fighting Vehicles", "60 count:Bradley Infantry Fighting Vehicle", Count}, {"300 Iraqi Security Forces members", "300 count:Iraqi Security Forces member", Count}})
	// not in a headline in title case
	checkFind(t, "Pentagon Sends 3,000 More Troops to Poland", []want{{"3,000 More Troops", "3000 count:troop", Count}})
}

func TestFindRateAdverb(t *testing.T) {
	// "daily", "weekly", "annually" after a unit or a counted noun give a rate's unit of time
	checkFind(t, "It burns 600,000 gallons of fuel daily, flies 500 sorties daily and costs rose 3 percent annually.", []want{
		{"600,000 gallons of fuel daily", "600000 gal/day", Volume}, {"500 sorties daily", "500 count:sortie/day", Count}, {"3 percent annually", "3 percent/year", Percent}})
	// not as an adjective before a noun
	checkFind(t, "It ran 5 km daily runs and 20 daily flights.", []want{{"5 km", "5 km", Length}, {"20 daily flights", "20 count:daily flight", Count}})
}
