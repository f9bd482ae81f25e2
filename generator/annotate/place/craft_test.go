package place

import "testing"

// A small town's name before a noun of aircraft or weapons names the model, not the town.
func TestCraftModel(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"Royal Air Force Hercules transports flew tents from Karachi to Sukkur.", "Hercules", ""},
		{"Two Chinook helicopters and a Hercules aircraft landed at Islamabad.", "Hercules", ""},
		{"The package includes Puma unmanned aerial systems and artillery rounds.", "Puma", ""},
		{"Crews unloaded Puma launchers and Puma missiles at the port.", "Puma", ""},
		{"The firm was awarded $97.6 million for Stryker spare parts and Stryker vehicles.", "Stryker", ""},
		{"Residents of Puma, in Singida, met the regional commissioner.", "Puma", "TZ"},
		// a city, an air base or a town not before such a noun stays a place
		{"Karachi helicopters flew on to Sukkur.", "Karachi", "PK"},
		{"Incirlik jets struck targets near Raqqa.", "Incirlik", "TR"},
		{"Residents of Hercules, California, and Pinole met the mayor.", "Hercules", "US"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}

// ... and so does one before words of the model's kind ("fighting", "attack") and the noun,
// or in a list that the noun ends, in a briefing on the country of the towns.
func TestCraftModelKindsAndLists(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Army units fielded Bradley fighting vehicles and Apache attack helicopters.", us, nil},
		{"Army units fielded Apache, Chinook and Black Hawk helicopters.", us, nil},
		{"Minuteman III missiles and the Sentinel program were discussed.", us, nil},
		{"Residents of Bradley and Kankakee, Illinois, met the mayor.", us,
			[]want{{"Bradley", "US", "city", 0}, {"Kankakee", "US", "city", 0}, {"Illinois", "US", "region1", 0}}},
		{"Army units fielded Apache, Chinook, and Black Hawk helicopters.", us, nil},
		{"Soldiers from Apache and Chinook, Montana, drove to Helena.", us,
			[]want{{"Apache", "US", "city", 0}, {"Chinook", "US", "city", 0}, {"Montana", "US", "region1", 0}, {"Helena", "US", "city", 0}}},
	})
}

// A list of models has one "and" or "or", and no demonym: towns listed before a new clause
// about drones or jets stay towns.
func TestCraftListEnds(t *testing.T) {
	m := testMatcher(t)
	ua := []string{"UA", "RU"}
	checkCases(t, m, []resolveCase{
		{"Russian forces advanced near Avdiivka, Bakhmut and Chasiv Yar, and Ukrainian drones struck Belgorod.", ua,
			[]want{{"Avdiivka", "UA", "city", 0}, {"Bakhmut", "UA", "city", 0}, {"Chasiv Yar", "UA", "city", 0}, {"Belgorod", "RU", "city", 0}}},
		{"Russian forces shelled Kupiansk and Lyman, and NATO jets patrolled over Poland.", ua,
			[]want{{"Kupiansk", "UA", "city", 0}, {"Lyman", "UA", "city", 0}, {"Poland", "PL", "country", 0}}},
		{"Russian forces shelled Lyman, and NATO jets patrolled over Poland.", ua,
			[]want{{"Lyman", "UA", "city", 0}, {"Poland", "PL", "country", 0}}},
	})
}
