package figure

import "testing"

// Rules from new test paragraphs on Coast Guard interdictions and missile defence tests.

func TestFindRunningTotal(t *testing.T) {
	// a bare number giving the running total counts the things the count before it counts
	checkFind(t, "The agency will add 20 more interceptors at Fort Greely, bringing the total to 64.", []want{
		{"20 more interceptors", "20 count:interceptor", Count}, {"64", "64 count:interceptor", Count}})
	checkFind(t, "The cutter repatriated 88 Cubans, bringing the total for fiscal year 2023 to more than 6,100.", []want{
		{"88 Cubans", "88 count:Cuban", Count}, {"more than 6,100", "more-than 6100 count:Cuban", Count}})
	checkFind(t, "Crews seized 12 boats on Monday, for a total of 40.", []want{
		{"12 boats", "12 count:boat", Count}, {"40", "40 count:boat", Count}})
	// negatives: a total with a noun of its own, or a number before a verb, is no running total
	checkFind(t, "Crews seized 12 boats, bringing the total of interdictions to 64.", []want{
		{"12 boats", "12 count:boat", Count}, {"64", "64 number", Number}})
	checkFind(t, "Crews seized 12 boats, and a total of 40 arrived.", []want{
		{"12 boats", "12 count:boat", Count}, {"40", "40 number", Number}})
}

func TestFindElidedSubject(t *testing.T) {
	// a bare number before an auxiliary, after "and", is the subject with its noun left out
	checkFind(t, "In 2022, 19 people were injured and 4 were killed.", []want{
		{"19 people", "19 count:person", Count}, {"4", "4 count:person", Count}})
	// negative: without "and" joining them in one clause
	checkFind(t, "Officials said 19 people were injured. Of the wounded, 4 were soldiers.", []want{
		{"19 people", "19 count:person", Count}, {"4", "4 number", Number}})
}

func TestFindPartsPerTrillion(t *testing.T) {
	checkFind(t, "Wells held PFOS above 70 parts per trillion and 4 parts per billion of PFOA.", []want{
		{"above 70 parts per trillion", "over 70 ppt", Percent}, {"4 parts per billion", "4 ppb", Percent}})
	// negative: the symbol "ppt" is also parts per thousand, and stays unread
	checkFind(t, "Salinity was 35 ppt.", []want{{"35", "35 number", Number}})
}

func TestFindRunningTotalSince(t *testing.T) {
	checkFind(t, "Officials reported 15 new cases, bringing its total to 620 since February.", []want{
		{"15 new cases", "15 count:new case", Count}, {"620", "620 count:new case", Count}})
}

// A bare number that counts a part of a count before it, through "of whom" before it, "of them"
// after it, or after "Of the" and the count's noun, takes the count's noun.
func TestPartitiveCounts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Canadian troops took Vimy Ridge at a cost of 10,602 casualties, of whom 3,598 were killed.",
			[]want{{"10,602 casualties", "10602 count:casualty", Count}, {"3,598", "3598 count:casualty", Count}}},
		{"Of the 1,959 people aboard, 1,198 died.",
			[]want{{"1,959 people", "1959 count:person", Count}, {"1,198", "1198 count:person", Count}}},
		{"About 4.7 million Americans served in uniform, and some 116,500 of them died.",
			[]want{{"About 4.7 million Americans", "about 4700000 count:American", Count}, {"some 116,500", "some 116500 count:American", Count}}},
		// negatives: a larger number is no part; a number after "and" with no pronoun stays bare
		{"Of the 12 boats, 30 sailed.", []want{{"12 boats", "12 count:boat", Count}, {"30", "30 number", Number}}},
		{"The unit fired 300 rounds and 40 hit the target.", []want{{"300 rounds", "300 count:round", Count}, {"40", "40 number", Number}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A plural after "and" is a second counted noun only when no object follows it: a verb in -s
// and its object begin another clause.
func TestCoordinatedNounOrVerb(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The mission has about 14,000 peacekeepers and protects more than 100,000 civilians.",
			[]want{{"about 14,000 peacekeepers", "about 14000 count:peacekeeper", Count}, {"more than 100,000 civilians", "more-than 100000 count:civilian", Count}}},
		{"It fired 50 rockets and missiles at the base.", []want{{"50 rockets and missiles", "50 count:rocket and missile", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// "over" a duration after a list of places that follows a preposition of place or a verb of
// visiting gives the time taken; a day after a month's day and "and" is a date.
func TestOverAfterPlacesAndPairedDates(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The exercise involved 13,000 personnel operating from Guam, Tinian, Saipan and Palau over 12 days.",
			[]want{{"13,000 personnel", "13000 count:personnel", Count}, {"12 days", "12 day", Duration}}},
		{"The ship visited Yap and Koror over 19 days.", []want{{"19 days", "19 day", Duration}}},
		{"Flights resumed on Aug. 12 and 13.", nil},
		// negatives: a year is no day, and a commander's years stay more than
		{"In March 2020 and 12 months later.", []want{{"12 months", "12 month", Duration}}},
		{"Smith commanded Fort Bragg over 20 years.", []want{{"over 20 years", "over 20 year", Duration}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// "half" after a qualifier, before a preposition, an auxiliary or a clause's end, is half of what
// the clause counts.
func TestQualifiedHalfAlone(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Many died, about half from influenza.", []want{{"about half", "about 0.5 number", Number}}},
		{"Of the 300 wounded, nearly half were soldiers.", []want{{"300 wounded", "300 count:wounded", Count}, {"nearly half", "nearly 0.5 number", Number}}},
		{"More than half.", []want{{"More than half", "more-than 0.5 number", Number}}},
		// negatives: no qualifier, or a half of a time
		{"Half were soldiers.", nil},
		{"He waited about half an hour.", []want{{"about half an hour", "about 0.5 hour", Duration}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A service's capitalised members after "and" and a count of service members are a second
// counted noun, and keep their capital.
func TestCoordinatedServiceMembers(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The Guard had more than 1,500 Soldiers and Airmen on duty.", []want{{"more than 1,500 Soldiers and Airmen", "more-than 1500 count:Soldier and Airman", Count}}},
		{"More than 3,000 sailors and Marines arrived.", []want{{"More than 3,000 sailors and Marines", "more-than 3000 count:sailor and Marine", Count}}},
		// negative: not after a count of things
		{"It sent 12 trucks and Marines arrived later.", []want{{"12 trucks", "12 count:truck", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Money per a singular noun that ends the phrase is a cost per item; per a unit of time a rate.
func TestCostPerItem(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The jets cost about $82.5 million per aircraft.", []want{{"about $82.5 million per aircraft", "about 82500000 USD/aircraft", Money}}},
		{"Each costs roughly $162 million per missile in 2025.", []want{{"roughly $162 million per missile", "roughly 162000000 USD/missile", Money}}},
		// negatives: a time named between stays a rate per time; a noun phrase goes on
		{"Fuel costs $42,000 per flight hour.", []want{{"$42,000 per flight hour", "42000 USD/hour", Money}}},
		{"It costs $5 million per ship hull design.", []want{{"$5 million", "5000000 USD", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Currency signs of the naira and the dong; "exceed" before a number; "instead" ends a counted
// noun; a verb in -ing after "and" begins a clause; "nm" off a coast is nautical miles.
func TestNairaExceedInsteadGerundNauticalOff(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Contractors were to receive about ₦30 billion.", []want{{"about ₦30 billion", "about 30000000000 NGN", Money}}},
		{"Holdings exceed 585,000 facilities.", []want{{"exceed 585,000 facilities", "more-than 585000 count:facility", Count}}},
		{"The request funds one Virginia-class submarine instead of two.", []want{{"one Virginia-class submarine", "1 count:Virginia-class submarine", Count}, {"two", "2 count:Virginia-class submarine", Count}}},
		{"Patrols checked 23 fishing vessels and issuing fines.", []want{{"23 fishing vessels", "23 count:fishing vessel", Count}}},
		{"The crew were abducted about 11 nm off Lomé.", []want{{"about 11 nm", "about 11 nmi", Length}}},
		// negative: a laser's wavelength
		{"The laser emits at 532 nm from a diode.", []want{{"532 nm", "532 nm", Length}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Pressures and fluid ounces by name; ounces restating a volume are fluid ounces; "one" before
// an invariant plural that modifies a noun, and "one aircraft"; "over" after a hyphenated place.
func TestPressuresFluidOuncesOneCrewMember(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Tires are inflated to 35 pounds per square inch (241 kilopascals).", []want{{"35 pounds per square inch", "35 psi", Other}, {"241 kilopascals", "241 kPa", Other}}},
		{"Each bottle holds about 17 fluid ounces.", []want{{"about 17 fluid ounces", "about 17 fl oz", Volume}}},
		{"A 1-liter (34-ounce) canteen.", []want{{"1-liter", "1 l", Volume}, {"34-ounce", "34 fl oz", Volume}}},
		{"One crew member was killed and one aircraft crashed.", []want{{"One crew member", "1 count:crew member", Count}, {"one aircraft", "1 count:aircraft", Count}}},
		{"Planes airlifted 1,500 tons of equipment to Port-au-Prince over 6 weeks.", []want{{"1,500 tons", "1500 ton", Mass}, {"6 weeks", "6 week", Duration}}},
		// negative: ounces restating a mass stay a mass
		{"A 34-ounce (2 kg) weight.", []want{{"34-ounce", "34 oz", Mass}, {"2 kg", "2 kg", Mass}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A wrong restatement in pressure or fluid ounces is flagged; a right one is not.
func TestPressureAndFluidOunceChecks(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"Tires are inflated to 35 psi (241 kPa).", true},
		{"Tires are inflated to 35 psi (500 kPa).", false},
		{"A 1-liter (34-ounce) canteen.", true},
		{"A 1-liter (10-ounce) canteen.", false},
	} {
		figs := Find(c.in)
		if len(figs) != 2 || figs[1].Check == nil || figs[1].Check.OK != c.ok {
			t.Errorf("Find(%q): second figure's check = %+v, want OK %v", c.in, figs, c.ok)
		}
	}
}

// "over" a duration after a verb in -ed or -ing is the time taken, except after a verb of
// lasting; an infinitive after "and" and a plural begins a clause; "-strong presence" counts
// personnel.
func TestOverAfterVerbsInfinitivesPresence(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"About 3,500 Marines participated over 30 days.", []want{{"About 3,500 Marines", "about 3500 count:Marine", Count}, {"30 days", "30 day", Duration}}},
		{"The war lasted over five years.", []want{{"over five years", "over 5 year", Duration}}},
		{"The brigade has 5 Bayraktar TB2 drones and plans to buy more.", []want{{"5 Bayraktar TB2 drones", "5 count:Bayraktar TB2 drone", Count}}},
		{"It fired 50 rockets and missiles to the east.", []want{{"50 rockets and missiles", "50 count:rocket and missile", Count}}},
		{"KFOR keeps a 1,000-strong presence in the north.", []want{{"1,000-strong", "1000 count:personnel", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// An item's number after a colon or a sentence's end and before a capitalised word is list
// numbering, not a figure.
func TestInlineListNumbering(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"MS. SINGH: 1. The Secretary approved the plan. 2. The Navy will extend the deployment.", nil},
		// negative: a number ending a clause after a verb
		{"He counted 12. The rest left.", []want{{"12", "12 number", Number}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A range of years before a casualty's participle is no count of the dead.
func TestYearRangeBeforeCasualty(t *testing.T) {
	checkFind(t, "The outbreak in 2018-2020 killed 2,287 people.", []want{{"2,287 people", "2287 count:person", Count}})
	checkFind(t, "More than 500-600 killed in the attack.", []want{{"More than 500-600 killed", "more-than 500-600 count:killed", Count}})
}

// "over" after "spread" and the like is where a thing lies, not "more than"; a verb in -s after
// "and" before a qualified number begins a clause.
func TestSpreadOverAndVerbBeforeQualifiedNumber(t *testing.T) {
	checkFind(t, "Equipment sits in bunkers spread over 1,000 hectares.", []want{{"1,000 hectares", "1000 ha", Area}})
	checkFind(t, "The base flies 24 F-16 Fighting Falcons and employs about 4,000 military members.",
		[]want{{"24 F-16 Fighting Falcons", "24 count:F-16 Fighting Falcon", Count}, {"about 4,000 military members", "about 4000 count:military member", Count}})
	checkFind(t, "The camp covers over 1,000 hectares.", []want{{"over 1,000 hectares", "over 1000 ha", Area}})
}

// A year after a season's or a month's name and "of" is no count.
func TestYearAfterSeasonOf(t *testing.T) {
	checkFind(t, "Strikes in the summer of 2020 delayed destroyer deliveries.", nil)
	checkFind(t, "In March of 2023 strikes resumed.", nil)
}
