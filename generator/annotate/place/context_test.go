package place

import "testing"

// countryOf returns the country of the first mention written text, or "" when there is none.
func countryOf(ms []Mention, text string) string {
	for _, m := range ms {
		if m.Text == text {
			return m.Place.Country
		}
	}
	return ""
}

// A county's full name inside an organisation's name says which country the text is about.
func TestCountyInsideOrganisation(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"An Alexandria man was hurt on Friday, the Douglas County Hospital said."}, nil)
	if cc := countryOf(got, "Alexandria"); cc != "US" {
		t.Errorf("Alexandria beside the Douglas County Hospital: %q, want US (%+v)", cc, got)
	}
}

// A text that names a country itself keeps its towns before a famous namesake elsewhere, but
// a country's own name stays the country.
func TestNamedCountry(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"A London rally for Syria drew hundreds. Canada must act, said a London imam; Canada and Canada's allies have been slow."}, nil)
	if cc := countryOf(got, "London"); cc != "CA" {
		t.Errorf("London beside Canada: %q, want CA (%+v)", cc, got)
	}
	got = m.Resolve([]string{"U.S. officials met Mexico's envoy in Washington; the United States and Mexico agreed."}, nil)
	for _, g := range got {
		if g.Text == "Mexico" && g.Place.Kind != "country" {
			t.Errorf("Mexico beside the United States = %s (%s, %s), want the country", g.Place.Name, g.Place.Kind, g.Place.Country)
		}
	}
}

// A small namesake of a world capital needs local support, not only its country's share.
func TestWorldCityNamesake(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Officials in Washington and New York said the United States would send a delegation to London."}, nil)
	if cc := countryOf(got, "London"); cc != "GB" {
		t.Errorf("London in a text about Washington: %q, want GB (%+v)", cc, got)
	}
}

// A weak name does not vouch for a small place in another country.
func TestWeakNameDoesNotVouch(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Fog in London, Manchester and Leeds closed Heathrow over Christmas."}, nil)
	for _, g := range got {
		if g.Place.Country != "GB" {
			t.Errorf("%s = %s (%s), want no place outside Britain", g.Text, g.Place.Name, g.Place.Country)
		}
	}
}

// A name before a Romance "of" and a capitalised word is part of a longer name.
func TestRomanceOf(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Fans filled the Stade de France on Saturday."}, nil)
	for _, g := range got {
		if g.Place.Country != "FR" {
			t.Errorf("%s = %s (%s), want nothing outside France", g.Text, g.Place.Name, g.Place.Country)
		}
	}
	if p, ok := m.ResolveName("Stade de France", got, nil); !ok || p.Country != "FR" {
		t.Errorf("ResolveName(Stade de France) = %s (%s), %v", p.Name, p.Country, ok)
	}
}

// A first-level region named again and again is what the text is about.
func TestRepeatedRegion(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Ontario's budget worried Woodstock. Ontario will raise the tax, and Ontario voters in Oxford " +
		"and Woodstock were told Ontario had no choice."}, nil)
	if cc := countryOf(got, "Woodstock"); cc != "CA" {
		t.Errorf("Woodstock beside Ontario named four times: %q, want CA (%+v)", cc, got)
	}
}

// A small town in a country the text names nothing in gives way to the focus.
func TestResolveNameForeignTown(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Fog closed London City airport, and London flights were delayed across England."}, nil)
	if p, ok := m.ResolveName("Heathrow", ctx, nil); !ok || p.Country != "GB" {
		t.Errorf("ResolveName(Heathrow) in a text about London = %s (%s), %v; want London", p.Name, p.Country, ok)
	}
}

// Names inside organisations' names are not shown, but ResolveWithHidden gives their places.
func TestResolveWithHidden(t *testing.T) {
	m := testMatcher(t)
	text := "The Athens Police Department and the Henderson County Jail reported one arrest."
	shown, hidden := m.ResolveWithHidden([]string{text}, nil)
	if countryOf(shown, "Athens") != "" {
		t.Errorf("shown = %+v, want no Athens", shown)
	}
	if cc := countryOf(hidden, "Athens"); cc != "US" {
		t.Errorf("hidden Athens beside the Henderson County Jail: %q, want US (%+v)", cc, hidden)
	}
	if got := m.Resolve([]string{text}, nil); len(got) != len(shown) {
		t.Errorf("Resolve = %+v, want %+v", got, shown)
	}
}

// The acronym of a union of countries is no town.
func TestUnionAcronym(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"EU ministers met in Brussels.\nEU sanctions on Russia were extended."}, nil)
	for _, g := range got {
		if g.Text == "EU" {
			t.Errorf("EU = %s (%s, %s), want no place", g.Place.Name, g.Place.Kind, g.Place.Country)
		}
	}
}

// A name right after the head of a command's name is part of it: not shown, but a vote.
func TestCommandName(t *testing.T) {
	m := testMatcher(t)
	shown, hidden := m.ResolveWithHidden([]string{"U.S. Naval Forces Europe said the ship reached Naples; U.S. Forces Korea agreed."}, nil)
	for _, g := range shown {
		if g.Text == "Europe" || g.Text == "Korea" {
			t.Errorf("%q shown as a place inside a command's name", g.Text)
		}
	}
	if cc := countryOf(hidden, "Korea"); cc != "KR" {
		t.Errorf("Korea in U.S. Forces Korea: hidden vote %q, want KR (%+v)", cc, hidden)
	}
	if cc := countryOf(shown, "Naples"); cc != "IT" {
		t.Errorf("Naples: %q, want IT", cc)
	}
	// "the Army arrived in Kuwait": the place is after a preposition, not the command's head
	if cc := countryOf(m.Resolve([]string{"The Army arrived in Kuwait."}, nil), "Kuwait"); cc != "KW" {
		t.Errorf("Kuwait after the Army ... in: %q, want KW", cc)
	}
}

// Curated installations are matched whole, whatever the homonyms of the town they stand by.
func TestCuratedUSInstallations(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Sailors returned to Naval Station Norfolk; families from Lexington, Kentucky, waited. Soldiers at Fort Moore trained with airmen from Hurlburt Field."}, nil)
	for _, name := range []string{"Naval Station Norfolk", "Fort Moore", "Hurlburt Field"} {
		if cc := countryOf(got, name); cc != "US" {
			t.Errorf("%s: %q, want US (%+v)", name, cc, got)
		}
	}
	for _, g := range got {
		if g.Text == "Naval Station Norfolk" && g.Place.Kind != "feature" {
			t.Errorf("Naval Station Norfolk = %+v, want the curated installation", g.Place)
		}
	}
}

// A town a fifteenth the size of a namesake city in another country, or found by another name
// beside a city five times its size found by its own, takes no vote from its country unless
// the text names that country or a place near the town.
func TestSmallNamesake(t *testing.T) {
	checkCountries(t, []countryCase{
		{"Officials in Washington said the cargo ship sailed to Rotterdam on Friday.", "Rotterdam", "NL"},
		{"Officials in Washington said the cargo ship sailed to Frankfurt on Friday.", "Frankfurt", "DE"},
		{"Officials in Washington said the cargo ship sailed to Antwerp on Friday.", "Antwerp", "BE"},
		{"Officials in Washington said the cargo ship sailed to Odesa on Friday.", "Odesa", "UA"},
		{"Officials in Washington said the delegation flew on to Milan.", "Milan", "IT"},
		// A place near the town supports it.
		{"Crews from Schenectady and Albany cleared roads in Rotterdam on Friday.", "Rotterdam", "US"},
		{"The governor toured Lexington, Louisville and Frankfort.", "Frankfort", "US"},
		// The big namesake takes no penalty in a text that one other country fills: a briefing
		// on Iraq that names the U.S.
		{"U.S. and Iraqi forces cleared Mosul, Tikrit, Ramadi, Fallujah and Baiji in Iraq, and the U.S. sent the wounded on to Rotterdam.", "Rotterdam", "NL"},
		// A text that names the town's country as a place does not vouch for a town of fewer
		// than 100,000 people ("the United States" in most briefings)
		{"Troops came home to the United States. Officials in Washington said the cargo ship sailed to Rotterdam.", "Rotterdam", "NL"},
		// The text names the town's country, and the namesake is not fifteen times its size.
		{"Students from Edmonton, in England, flew to Shanghai; the United Kingdom paid.", "Edmonton", "GB"},
	})
}

// A national capital the text names gives no local support to a small namesake of a world city
// near it: it says where officials speak.
func TestCapitalIsNoLocalSupport(t *testing.T) {
	checkCountries(t, []countryCase{
		{"Officials in Washington said the delegation traveled to Lima on Friday.", "Lima", "PE"},
		{"Officials in Washington said the delegation traveled to Warsaw on Friday.", "Warsaw", "PL"},
		// a place that is no capital still supports its neighbour
		{"Crews from Harrisburg and Lancaster helped in Lima on Friday.", "Lima", "US"},
	})
}

// countryCase: the country (want) of the place a text names as name.
type countryCase struct{ text, name, want string }

// checkCountries resolves each case's text on its own and checks the country of its name.
func checkCountries(t *testing.T, cases []countryCase) {
	t.Helper()
	m := testMatcher(t)
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%q in %q: %q, want %s (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
