package figure

import "testing"

// A count, a volume or a mass per item, per a unit of area, or per item and unit of time is a
// rate whose Per holds them; a bare number per an item stays a number, and "per" before a
// determiner ("per the agreement") names no item.
func TestAmountPerItem(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Engineers cleared 10 mines per hectare.", []want{{"10 mines per hectare", "10 count:mine/ha", Count}}},
		{"Teams found 3 mines per square kilometer near the road.", []want{{"3 mines per square kilometer", "3 count:mine/km2", Count}}},
		{"The unit fields one medic per platoon.", []want{{"one medic per platoon", "1 count:medic/platoon", Count}}},
		{"Crews flew two sorties per aircraft a day.", []want{{"two sorties per aircraft a day", "2 count:sortie/aircraft/day", Count}}},
		{"The camp issues 15 liters of water per person per day.", []want{{"15 liters of water per person per day", "15 l/person/day", Volume}}},
		{"Each load is 30 kilograms per soldier.", []want{{"30 kilograms per soldier", "30 kg/soldier", Mass}}},
		{"The battery keeps 100 rounds per gun in reserve.", []want{{"100 rounds per gun", "100 count:round/gun", Count}}},
		// negatives: a bare number per an item; "per" before a determiner; a time stays a rate
		{"He scored 5 per game.", []want{{"5", "5 number", Number}}},
		{"Troops deployed 50 soldiers per the agreement.", []want{{"50 soldiers", "50 count:soldier", Count}}},
		{"The Army fired 5,000 rounds per day.", []want{{"5,000 rounds per day", "5000 count:round/day", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// An amount per item has no SI value (it is no rate per second), and a restatement per item
// is not checked against one per unit of time.
func TestAmountPerItemSI(t *testing.T) {
	fs := Find("The camp issues 15 liters of water per person.")
	if len(fs) != 1 || fs[0].SI != 0 || fs[0].SIUnit != "" {
		t.Fatalf("got %+v, want one figure with no SI value", fs)
	}
	fs = Find("The camp issues 15 liters per day.")
	if len(fs) != 1 || fs[0].SIUnit != "m3/s" {
		t.Fatalf("got %+v, want an SI rate in m3/s", fs)
	}
}

// A bare number whose noun is left out counts the count before it: before a verb of what
// befell them, after "and" and such a verb (not after a part "including" opens), after a
// colon as a breakdown; "scores of" is a vague count of about 60.
func TestElidedNounOutcomes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Gunmen seized 276 students, and 57 escaped.", []want{{"276 students", "276 count:student", Count}, {"57", "57 count:student", Count}}},
		{"In all, 36 ships were sunk and 368 damaged.", []want{{"36 ships", "36 count:ship", Count}, {"368", "368 count:ship", Count}}},
		{"The attack killed 2,403 Americans and wounded 1,178.", []want{{"2,403 Americans", "2403 count:American", Count}, {"1,178", "1178 count:American", Count}}},
		{"Insurgents attacked the outpost, killing eight soldiers and wounding 27.", []want{{"eight soldiers", "8 count:soldier", Count}, {"27", "27 count:soldier", Count}}},
		{"The strikes killed 43 militants: eight on Monday and 11 on Tuesday.", []want{{"43 militants", "43 count:militant", Count}, {"eight", "8 count:militant", Count}, {"11", "11 count:militant", Count}}},
		{"The battalion had 40 vehicles: 12 were damaged.", []want{{"40 vehicles", "40 count:vehicle", Count}, {"12", "12 count:vehicle", Count}}},
		{"Scores of Malian soldiers were killed at Kidal.", []want{{"Scores of Malian soldiers", "about 60 count:Malian soldier", Count}}},
		// negatives: a part that "including" opens; nothing joins "and 4" without a clause; results
		{"The attack killed 2,403 Americans, including 68 civilians, and wounded 1,178.", []want{{"2,403 Americans", "2403 count:American", Count}, {"68 civilians", "68 count:civilian", Count}, {"1,178", "1178 count:wounded", Count}}},
		{"He bought 3 apples and 4 died.", []want{{"3 apples", "3 count:apple", Count}, {"4", "4 number", Number}}},
		{"The fitness test scores of soldiers improved.", nil},
	} {
		checkFind(t, c.in, c.want)
	}
}

// One unit after "a" is a figure when a restatement in brackets follows, and is checked
// against it; a vague amount takes a rate; a part after "Of" opening a sentence counts the
// whole's noun; a name's number goes on after "and", and a hill's with its compass word.
func TestOneUnitRestatedPartsDesignations(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The Marines held a ridge a mile (1.6 kilometers) south of the airfield.", []want{{"a mile", "1 mi", Length}, {"1.6 kilometers", "1.6 km", Length}}},
		{"Tides limited landings to a few hours a day.", []want{{"a few hours a day", "about 3 hour/day", Duration}}},
		{"Convoys moved a few miles a day.", []want{{"a few miles a day", "about 3 mi/day", Speed}}},
		{"Of 1,195 men aboard, 316 survived.", []want{{"1,195 men", "1195 count:man", Count}, {"316", "316 count:man", Count}}},
		{"Of some 21,000 Japanese defenders, only 216 were taken prisoner.", []want{{"some 21,000 Japanese defenders", "some 21000 count:Japanese defender", Count}, {"216", "216 count:Japanese defender", Count}}},
		{"Marines landed on White Beach 1 and 2.", nil},
		{"Marines held Hills 881 South and 861 near Khe Sanh.", nil},
		// negatives: "a mile" alone; a weekday before numbers; a clause's "of"
		{"The fence runs a mile south of the base.", nil},
		{"On Monday 3 and 4 ships sailed.", []want{{"4 ships", "4 count:ship", Count}}},
		// (a breakdown after a comma: 40 of the troops)
		{"A force of 300 troops, 40 were hurt.", []want{{"300 troops", "300 count:troop", Count}, {"40", "40 count:troop", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
	fs := Find("The Marines held a ridge a mile (3 kilometers) south of the airfield.")
	if len(fs) != 2 || fs[1].Check == nil || fs[1].Check.OK {
		t.Fatalf("got %+v, want the restatement checked and found wrong", fs)
	}
}

// The baht, ringgit and other currencies of Southeast Asia by name and by code before the
// number; "aircrew" is an invariant plural.
func TestSoutheastAsianCurrenciesAircrew(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Thailand spent 1.2 billion baht on the runway.", []want{{"1.2 billion baht", "1200000000 THB", Money}}},
		{"Malaysia paid 3 billion ringgit; the deal was worth SGD 10 million.", []want{{"3 billion ringgit", "3000000000 MYR", Money}, {"SGD 10 million", "10000000 SGD", Money}}},
		{"The army spent THB 500 million.", []want{{"THB 500 million", "500000000 THB", Money}}},
		{"The helicopter crashed, killing all four aircrew.", []want{{"four aircrew", "4 count:aircrew", Count}}},
		// negative: "dong" alone is no currency
		{"Residents of 12 Dong Ha streets left.", []want{{"12 Dong Ha streets", "12 count:Dong Ha street", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A restatement of an approximate figure is checked within 5%, as an approximate restatement
// is; cubic miles are a volume.
func TestApproximateFirstFigureCheckCubicMiles(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"It reaches about 300 miles (500 kilometers).", true},
		{"It reaches some 100 miles (165 kilometers).", true},
		{"It reaches 300 miles (500 kilometers).", false},
		{"It reaches about 300 miles (560 kilometers).", false},
		{"The reservoir held about 18 cubic kilometers (4.3 cubic miles) of water.", true},
	} {
		fs := Find(c.in)
		if len(fs) != 2 || fs[1].Check == nil || fs[1].Check.OK != c.ok {
			t.Errorf("%s: got %+v, want the restatement checked, ok %v", c.in, fs, c.ok)
		}
	}
}

// An adjective of vehicles or munitions in -ed may open a coordinated noun; another word in
// -ed begins a clause.
func TestCoordinatedNounAfterEdModifier(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Russia lost some 130 tanks and armored vehicles near Vuhledar.", []want{{"some 130 tanks and armored vehicles", "some 130 count:tank and armored vehicle", Count}}},
		{"They fired 20 bombs and guided missiles.", []want{{"20 bombs and guided missiles", "20 count:bomb and guided missile", Count}}},
		{"Troops killed 5 fighters and destroyed vehicles.", []want{{"5 fighters", "5 count:fighter", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// "nm" restated in kilometres or miles is nautical miles, checked against the restatement.
func TestNauticalMilesRestated(t *testing.T) {
	fs := Find("An 11-day mission took the dhow 1,000 nm (1,852 km) south.")
	if len(fs) != 3 || fs[1].Unit != "nmi" || fs[2].Check == nil || !fs[2].Check.OK {
		t.Fatalf("got %+v, want 1,000 nmi restated as 1,852 km and checked", fs)
	}
	fs = Find("The feature is 500 nm wide.")
	if len(fs) != 1 || fs[0].Unit != "nm" {
		t.Fatalf("got %+v, want nanometres", fs)
	}
}

// "lb." and "lbs." after a multiplier are a mass; "pounds" after one of a million or more may
// be money.
func TestPoundAbbreviationIsMass(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The helicopters lifted 1.2 million lb. of cargo.", []want{{"1.2 million lb", "1200000 lb", Mass}}},
		{"The helicopters lifted 1.2 million lbs. of cargo.", []want{{"1.2 million lbs", "1200000 lb", Mass}}},
		{"Britain gave 361 million pounds in aid.", []want{{"361 million pounds", "361000000 GBP", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A number before a measure joined to a noun by a hyphen and its restatement in brackets counts
// the noun after them; the measure and its restatement stay figures, checked.
func TestCountAcrossRestatedCompound(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Aircraft dropped seven 500-pound (227-kilogram) precision-guided bombs.", []want{{"seven", "7 count:precision-guided bomb", Count}, {"500-pound", "500 lb", Mass}, {"227-kilogram", "227 kg", Mass}}},
		{"Seabees built four 8,500-foot (2,600-meter) runways.", []want{{"four", "4 count:runway", Count}, {"8,500-foot", "8500 ft", Length}, {"2,600-meter", "2600 m", Length}}},
	} {
		checkFind(t, c.in, c.want)
	}
	fs := Find("Aircraft dropped seven 500-pound (227-kilogram) precision-guided bombs.")
	if len(fs) != 3 || fs[2].Check == nil || !fs[2].Check.OK {
		t.Fatalf("got %+v, want the restatement checked", fs)
	}
}

// "N of them" after a count that a preposition governs counts the count before it.
func TestPartOfCountBeforePrepositionalCount(t *testing.T) {
	checkFind(t, "The tsunami killed 230,000 people in 14 countries, more than 160,000 of them in Aceh.",
		[]want{{"230,000 people", "230000 count:person", Count}, {"14 countries", "14 count:country", Count}, {"more than 160,000", "more-than 160000 count:person", Count}})
	checkFind(t, "The exercise drew 9,000 personnel from 30 nations, about 4,500 of them from the United States.",
		[]want{{"9,000 personnel", "9000 count:personnel", Count}, {"30 nations", "30 count:nation", Count}, {"about 4,500", "about 4500 count:personnel", Count}})
}

// A bare number after "and" and a verb of sending or adding in another clause counts what the
// count before it counts.
func TestSupplyVerbElidedNoun(t *testing.T) {
	checkFind(t, "Antigua and Barbuda sent a contingent of 15 soldiers, and the Jamaica Defence Force sent 40.",
		[]want{{"15 soldiers", "15 count:soldier", Count}, {"40", "40 count:soldier", Count}})
	checkFind(t, "The United States deployed 300 troops and Poland deployed 200.",
		[]want{{"300 troops", "300 count:troop", Count}, {"200", "200 count:troop", Count}})
	// negative: a year after the verb
	checkFind(t, "Germany sent 14 tanks and Britain pledged 2025 funding.",
		[]want{{"14 tanks", "14 count:tank", Count}})
}

// "not exceed" and the like state a maximum.
func TestNegatedExceed(t *testing.T) {
	checkFind(t, "Their combined tonnage may not exceed 30,000 tons.", []want{{"not exceed 30,000 tons", "at-most 30000 ton", Mass}})
	checkFind(t, "Holdings exceed 585,000 facilities.", []want{{"exceed 585,000 facilities", "more-than 585000 count:facility", Count}})
}
