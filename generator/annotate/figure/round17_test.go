package figure

import "testing"

// TestRound17Models: models written with their variant, series or production block.
func TestRound17Models(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Poland bought 250 M1A2 SEPv3 Abrams tanks.", []want{{"250 M1A2 SEPv3 Abrams tanks", "250 count:M1A2 SEPv3 Abrams tank", Count}}},
		{"Poland bought 250 M1A2 SEPv3 Abrams.", []want{{"250 M1A2 SEPv3 Abrams", "250 count:M1A2 SEPv3 Abrams", Count}}},
		{"The Air Force wants 3,300 JASSM-ERs.", []want{{"3,300 JASSM-ERs", "3300 count:JASSM-ER", Count}}},
		{"It will retire 32 Block 20 F-22s.", []want{{"32 Block 20 F-22s", "32 count:Block 20 F-22", Count}}},
		{"Two B-52H Stratofortresses flew from Minot.", []want{{"Two B-52H Stratofortresses", "2 count:B-52H Stratofortress", Count}}},
		// negatives: a block of a city, and a word with a hyphen in capitals that is no plural
		{"In Block 3 there were 40 soldiers.", []want{{"40 soldiers", "40 count:soldier", Count}}},
		{"It sent 20 JASSM-ER missiles.", []want{{"20 JASSM-ER missiles", "20 count:JASSM-ER missile", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17VagueSums: a vague multiple of a currency's plural is a sum of money, about three
// of the multiple.
func TestRound17VagueSums(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The Pentagon spent tens of millions of dollars.", []want{{"tens of millions of dollars", "about 30000000 USD", Money}}},
		{"Hundreds of millions of euros were pledged.", []want{{"Hundreds of millions of euros", "about 300000000 EUR", Money}}},
		{"It caused thousands of dollars in damage.", []want{{"thousands of dollars", "about 3000 USD", Money}}},
		// negatives: a currency's name modifying a noun, and people
		{"Dozens of dollar stores closed.", []want{{"Dozens of dollar stores", "about 36 count:dollar store", Count}}},
		{"Hundreds of Afghans left.", []want{{"Hundreds of Afghans", "about 300 count:Afghan", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17ServiceCounts: a count after a service's name, which takes no number as a
// designation does ("Task Force 51").
func TestRound17ServiceCounts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The Navy signed 40,600 sailors and the Air Force 27,100 airmen.", []want{{"40,600 sailors", "40600 count:sailor", Count}, {"27,100 airmen", "27100 count:airman", Count}}},
		// negatives: designations' numbers, with no thousands separator
		{"Task Force 51 arrived.", nil},
		{"Resolution 2254 passed unanimously.", nil},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17OrSo: "or so" after a unit makes the figure approximate, as after a bare number.
func TestRound17OrSo(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The other 40% or so were in eastern Syria.", []want{{"40% or so", "about 40 percent", Percent}}},
		{"It costs $1.5 billion or so, officials said.", []want{{"$1.5 billion or so", "about 1500000000 USD", Money}}},
		{"They walked 20 miles or so.", []want{{"20 miles or so", "about 20 mi", Length}}},
		// negative: "or so" begins no word after it
		{"It is 5 km or some distance.", []want{{"5 km", "5 km", Length}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17MoneyAndCount: a sum with a multiplier and a count joined by "and" are two
// figures, not one number.
func TestRound17MoneyAndCount(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Poland signed for about $10 billion and 250 tanks.", []want{{"about $10 billion", "about 10000000000 USD", Money}, {"250 tanks", "250 count:tank", Count}}},
		// negatives: parts of one number
		{"The total was 4 thousand 3 hundred and 21.", []want{{"4 thousand 3 hundred and 21", "4321 number", Number}}},
		{"I can give you 3 hundred and 21 yuan.", []want{{"3 hundred and 21 yuan", "321 CNY", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17Contracts: contract announcements, casualty releases and Balkan reports.
func TestRound17Contracts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// a ceiling is at most
		{"DLA awarded a maximum $3,000,000,000 firm-fixed-price contract.", []want{{"a maximum $3,000,000,000", "at-most 3000000000 USD", Money}}},
		{"It is a ceiling $999,000,000 contract for up to a maximum of 500 trucks.", []want{{"a ceiling $999,000,000", "at-most 999000000 USD", Money}, {"a maximum of 500 trucks", "at-most 500 count:truck", Count}}},
		// a change after a long object
		{"This brings the total cumulative face value of the task order from $813,000,000 to $1,229,221,600.", []want{{"$813,000,000", "813000000 USD", Money}, {"$1,229,221,600", "1229221600 USD", Money}}},
		// a yard's craft, a hull's type and landing craft are counted, not lengths or teslas
		{"Two yard tugs, one T-AGOS ocean surveillance ship and 12 landing craft sailed.", []want{{"Two yard tugs", "2 count:yard tug", Count}, {"one T-AGOS ocean surveillance ship", "1 count:T-AGOS ocean surveillance ship", Count}, {"12 landing craft", "12 count:landing craft", Count}}},
		// a noun joined to a number before a name; a people's capital after a modifier; "additional" after one
		{"A three-person Coast Guard crew met 300 armed Serbs and one additional fighter.", []want{{"three-person", "3 count:person", Count}, {"300 armed Serbs", "300 count:armed Serb", Count}, {"one additional fighter", "1 count:fighter", Count}}},
		// negatives: a yard's length, a magnet's tesla, and a one-way test
		{"The field is 100 yards long; a 5 T magnet; a One-way ANOVA Test.", []want{{"100 yards", "100 yd", Length}, {"5 T", "5 T", Other}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17Exercises: exercise and maritime releases: fathoms, nautical miles in a range,
// two models and a list of nations before one noun.
func TestRound17Exercises(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The submarine sank in about 2,700 fathoms of water.", []want{{"about 2,700 fathoms", "about 2700 fathom", Length}}},
		{"Coast guard ships shadowed them at a distance of 3 to 5 nm.", []want{{"3 to 5 nm", "3-5 nmi", Length}}},
		{"The Navy bought 53 T-44C and TH-73A training aircraft.", []want{{"53 T-44C and TH-73A training aircraft", "53 count:T-44C and TH-73A training aircraft", Count}}},
		{"The drill drew more than 16,700 Filipino, American, Australian and French troops and some 9,000 Japanese and American troops.",
			[]want{{"more than 16,700 Filipino, American, Australian and French troops", "more-than 16700 count:Filipino, American, Australian and French troop", Count},
				{"some 9,000 Japanese and American troops", "some 9000 count:Japanese and American troop", Count}}},
		// negatives: nanometres of light, and people of two nations counted apart
		{"The lasers emit 400 to 700 nm.", []want{{"400 to 700 nm", "400-700 nm", Length}}},
		{"It hosted 1,000 Japanese and 500 Koreans.", []want{{"1,000 Japanese", "1000 count:Japanese", Count}, {"500 Koreans", "500 count:Korean", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17Personnel: personnel, health and casualty releases.
func TestRound17Personnel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// "over" as a verb's particle or after a noun of power qualifies nothing
		{"The unit turned over 208 boxes; the court has authority over 13 offenses.", []want{{"208 boxes", "208 count:box", Count}, {"13 offenses", "13 count:offense", Count}}},
		{"Testing took place over five days.", []want{{"five days", "5 day", Duration}}},
		// "or more" after a number is at least
		{"Soldiers who deployed three or more times, and 10 or more soldiers.", []want{{"three or more times", "at-least 3 times", Other}, {"10 or more soldiers", "at-least 10 count:soldier", Count}}},
		// an age after "the age of" or "age to"
		{"Recruits under the age of 18; the Army raised the enlistment age to 42.", []want{{"under the age of 18", "under 18 year", Duration}, {"42", "42 year", Duration}}},
		// a casualty's participle before people, and nouns in -ses
		{"Two wounded Marines were among 4,215 new diagnoses.", []want{{"Two wounded Marines", "2 count:wounded Marine", Count}, {"4,215 new diagnoses", "4215 count:new diagnosis", Count}}},
		// negatives: "over" as a qualifier, and the participle alone
		{"They sent over 300 troops; 40 were killed and 12 wounded.", []want{{"over 300 troops", "over 300 count:troop", Count}, {"40", "40 count:troop", Count}, {"12 wounded", "12 count:wounded", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound17PossessiveWhole: a part of a whole after a possessive noun counts the whole's noun.
func TestRound17PossessiveWhole(t *testing.T) {
	checkFind(t, "Crews repaired 168 of the structure's 350 bays; roughly 600 of the mission's 4,500 troops left.",
		[]want{{"168", "168 count:bay", Count}, {"350 bays", "350 count:bay", Count}, {"roughly 600", "roughly 600 count:troop", Count}, {"4,500 troops", "4500 count:troop", Count}})
}

// TestRound17OnePolice: "police" after "one" modifies the noun after it.
func TestRound17OnePolice(t *testing.T) {
	checkFind(t, "One Kosovo police officer was killed and one police car burned.",
		[]want{{"One Kosovo police officer", "1 count:Kosovo police officer", Count}, {"one police car", "1 count:police car", Count}})
	checkFind(t, "He was one of the police.", nil)
}

// TestRound17OfNames: a name of capitalised words joined by "of" is one modifier of the noun.
func TestRound17OfNames(t *testing.T) {
	checkFind(t, "The attack killed one U.S. soldier and two Department of Defense contractors.",
		[]want{{"one U.S. soldier", "1 count:U.S. soldier", Count}, {"two Department of Defense contractors", "2 count:Department of Defense contractor", Count}})
	// negative: no noun in lower case after the name
	checkFind(t, "It hired 2 Department of Defense.", []want{{"2", "2 number", Number}})
}

// TestRound17BelowTo: "below" before a preposition of place ends a wind chill's clause too.
func TestRound17BelowTo(t *testing.T) {
	checkFind(t, "The storm brought wind chills of 40 below to parts of Montana.", []want{{"40 below", "-40 degF", Temperature}})
	// negative: a depth below something
	checkFind(t, "The divers went 40 below the surface.", []want{{"40", "40 number", Number}})
}

// TestRound17YearModifier: a year after a determiner or a possessive, before a noun phrase
// whose first word is singular, modifies it; it counts nothing.
func TestRound17YearModifier(t *testing.T) {
	checkFind(t, "The Navy's 2025 shipbuilding plan calls for more; the 2025 budget request asks for less.", nil)
	// negative: a bare number before a plural noun still counts it
	checkFind(t, "The 2000 soldiers left.", []want{{"2000 soldiers", "2000 count:soldier", Count}})
}
