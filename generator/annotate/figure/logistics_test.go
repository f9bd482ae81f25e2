package figure

import (
	"math"
	"testing"
)

// TestFindLogisticsPhrasing covers phrasings of logistics, budget and press-briefing text: rates
// per unit of time, spoken qualifiers and ranges in words, ranges of four-digit counts, and a
// change stated with the level it reaches.
func TestFindLogisticsPhrasing(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// two numbers in words joined by "and", the second with its own hundred
		{"somewhere between two hundred and two hundred fifty operators", []want{{"between two hundred and two hundred fifty operators", "200-250 count:operator", Count}}},
		{"two hundred and twenty-five soldiers", []want{{"two hundred and twenty-five soldiers", "225 count:soldier", Count}}},
		{"two thousand and five hundred troops", []want{{"two thousand and five hundred troops", "2500 count:troop", Count}}},
		// "north of" and "south of" a number: more and less than it
		{"We're north of two hundred now, and south of $50 a share.", []want{{"north of two hundred", "more-than 200 number", Number}, {"south of $50", "less-than 50 USD", Money}}},
		{"The camp lies north of Route 7.", nil},
		// a range of four-digit whole numbers that counts a noun is no span of years
		{"1500 to 2000 troops rotate each week.", []want{{"1500 to 2000 troops", "1500-2000 count:troop", Count}}},
		{"between 1200 and 1800 soldiers", []want{{"between 1200 and 1800 soldiers", "1200-1800 count:soldier", Count}}},
		{"From 2014 to 2017 ISIS fighters held it; the 2019-2020 season.", nil},
		{"fiscal 2025 through 2029 defense funds", nil},
		// "by" a change "to" a level after a verb of change: two figures
		{"It grows by $3.1 billion to $143.2 billion.", []want{{"$3.1 billion", "3100000000 USD", Money}, {"$143.2 billion", "143200000000 USD", Money}}},
		{"The runway was extended by 600 feet to 8,000 feet.", []want{{"600 feet", "600 ft", Length}, {"8,000 feet", "8000 ft", Length}}},
		{"Costs were cut by 10 to 15 percent.", []want{{"10 to 15 percent", "10-15 percent", Percent}}},
		{"Prices rose by 5% to 8%.", []want{{"5% to 8%", "5-8 percent", Percent}}},
		{"The unit was reduced by 200 to 300 soldiers.", []want{{"200 to 300 soldiers", "200-300 count:soldier", Count}}},
		// a rate: a volume, mass, length or money per a unit of time
		{"Each unit makes 1,000 liters per day; the fleet burns 48,000 gallons a day.", []want{{"1,000 liters per day", "1000 l/day", Volume}, {"48,000 gallons a day", "48000 gal/day", Volume}}},
		{"Rations cost $1.7 million per month, and the pump moves 200 gallons an hour.", []want{{"$1.7 million per month", "1700000 USD/month", Money}, {"200 gallons an hour", "200 gal/hour", Volume}}},
		{"The plant turns out 10-15 tonnes per hour.", []want{{"10-15 tonnes per hour", "10-15 t/hour", Mass}}},
		{"He walked 3 miles a day later, and 5 km a day-long march; $40 million per ship.", []want{{"3 miles", "3 mi", Length}, {"5 km", "5 km", Length}, {"day-long", "1 day", Duration}, {"$40 million per ship", "40000000 USD/ship", Money}}},
		{"They stayed 3 days a week.", []want{{"3 days a week", "3 day/week", Duration}}},
		{"It burned 900,000 pounds of fuel per day and 20 gallons of jet fuel an hour.", []want{{"900,000 pounds of fuel per day", "900000 lb/day", Mass}, {"20 gallons of jet fuel an hour", "20 gal/hour", Volume}}},
		{"It gave 15 liters of water per person per day and 3 tons of the cargo a day.", []want{{"15 liters of water per person per day", "15 l/person/day", Volume}, {"3 tons", "3 ton", Mass}}},
		{"It ran 470 patrols a day and 20 buses an hour, up 3 percent a year, at 2% per annum.", []want{{"470 patrols a day", "470 count:patrol/day", Count}, {"20 buses an hour", "20 count:bus/hour", Count}, {"3 percent a year", "3 percent/year", Percent}, {"2% per annum", "2 percent/year", Percent}}},
		{"Three times a day, 5 trucks a day later, and 10 percent a year ago.", []want{{"Three times a day", "3 times/day", Other}, {"5 trucks", "5 count:truck", Count}, {"10 percent", "10 percent", Percent}}},
		// feet and inches, with "in" for inches after feet
		{"He is 6 ft 2 in tall; the pipe is 5 feet 11 in.", []want{{"6 ft 2 in", "6.166666666666667 ft", Length}, {"5 feet 11 in", "5.916666666666666 ft", Length}}},
		{"It was 6 feet 2 in the photo; put 2 in the box; 3 ft 14 in tall.", []want{{"6 feet", "6 ft", Length}, {"2", "2 number", Number}, {"2", "2 number", Number}, {"3 ft", "3 ft", Length}, {"14", "14 number", Number}}},
		// quarts and pints
		{"Soldiers drank 12 quarts of water and 2 pints a day.", []want{{"12 quarts", "12 qt", Volume}, {"2 pints a day", "2 pt/day", Volume}}},
		// an acronym after a model's designation is what is counted; a model named "Mk" and a number
		{"They dropped 64 GBU-31 JDAMs; two E-3 AWACS orbited.", []want{{"64 GBU-31 JDAMs", "64 count:GBU-31 JDAM", Count}, {"two E-3 AWACS", "2 count:E-3 AWACS", Count}}},
		{"It fired 12 AGM-158 missiles at 3 SAM sites.", []want{{"12 AGM-158 missiles", "12 count:AGM-158 missile", Count}, {"3 SAM sites", "3 count:SAM site", Count}}},
		{"The frigate carries 32 Mk 41 vertical launch cells.", []want{{"32 Mk 41 vertical launch cells", "32 count:Mk 41 vertical launch cell", Count}}},
		{"The sample held 75 As.", nil},
		{"It fired 12 AGM-158 JASSM missiles.", []want{{"12 AGM-158 JASSM missiles", "12 count:AGM-158 JASSM missile", Count}}},
		// a designator's word of five letters or more and a full stop end a sentence
		{"Stocks are at the required level. Two C-17 Globemasters landed.", []want{{"Two C-17 Globemasters", "2 count:C-17 Globemaster", Count}}},
		{"Rates were 1,800 per day. Two deminers were hurt.", []want{{"1,800 per day", "1800 number/day", Number}, {"Two deminers", "2 count:deminer", Count}}},
		{"It reached level 3; see Figs. 3 and 4, and Phase 2, on Day Two.", nil},
		// a multiplier word ending the upper end in words is both ends'
		{"Another two to three thousand wait; two to three dozen trucks.", []want{{"two to three thousand", "2000-3000 number", Number}, {"two to three dozen trucks", "24-36 count:truck", Count}}},
		{"five hundred to two thousand troops", []want{{"five hundred to two thousand troops", "500-2000 count:troop", Count}}},
		// qualifiers of four words
		{"on the order of a million and a half rounds, in the neighborhood of $2 billion", []want{{"on the order of a million and a half rounds", "about 1500000 count:round", Count}, {"in the neighborhood of $2 billion", "about 2000000000 USD", Money}}},
		{"the order of 5 troops", []want{{"5 troops", "5 count:troop", Count}}},
		{"in the ballpark of a hundred and twenty sorties a day, to the tune of $5 billion", []want{{"in the ballpark of a hundred and twenty sorties a day", "about 120 count:sortie/day", Count}, {"to the tune of $5 billion", "about 5000000000 USD", Money}}},
		// a slashed date after "on"; a telephone extension
		{"On 9/11 it struck; on 3/4 of the route.", []want{{"3/4", "0.75 number", Number}}},
		{"Call ext. 204 or ext 12 for 3 trucks; Interstate 95 closed.", []want{{"3 trucks", "3 count:truck", Count}}},
		// an age after a name with its title, before "and" or "or"
		{"Staff Sgt. John Doe, 27, and Sgt. Jane Roe, 24, died; Dr. Smith, 52, or an aide left.", nil},
		{"Kandahar, 21, and Helmand, 14, reported attacks.", []want{{"21", "21 number", Number}, {"14", "14 number", Number}}},
		// the total of a designated series
		{"Page 3 of 12. Step 2 of 5 took 3 of 12 soldiers.", []want{{"3", "3 count:soldier", Count}, {"12 soldiers", "12 count:soldier", Count}}},
	}
	for _, tc := range tests {
		checkFind(t, tc.in, tc.want)
	}
}

func TestRateSI(t *testing.T) {
	f := Find("1,000 liters per day")
	if len(f) != 1 || f[0].Per != "day" || f[0].Unit != "l" || f[0].SIUnit != "m3/s" || math.Abs(f[0].SI-1.0/86400) > 1e-12 {
		t.Fatalf("rate: %+v", f)
	}
	f = Find("2 and 6 liters per day")
	if len(f) != 1 || !f[0].IsList || math.Abs(f[0].SI-0.002/86400) > 1e-12 {
		t.Fatalf("list rate: %+v", f)
	}
}

func TestRateCheck(t *testing.T) {
	for _, tc := range []struct {
		in  string
		ok  bool
		msg string
	}{
		{"1,000 liters per day (264 gallons per day)", true, "1000 l/day is 264.2 gal/day; stated 264 gal/day"},
		{"1,000 liters per day (about 500 gallons per day)", false, "1000 l/day is 264.2 gal/day; stated about 500 gal/day (does not match)"},
		{"2,400 liters per day (100 liters an hour)", true, "2400 l/day is 100 l/hour; stated 100 l/hour"},
	} {
		f := Find(tc.in)
		if len(f) != 2 || f[1].Check == nil || f[1].Check.OK != tc.ok || f[1].Check.Message != tc.msg {
			t.Errorf("Find(%q) = %+v", tc.in, f)
		}
	}
	if f := Find("1,000 liters per day (264 gallons)"); len(f) != 2 || f[1].Restates != -1 {
		t.Errorf("a rate and a volume: %+v", f)
	}
}
