package place

import "testing"

// A country's demonym before a noun of places and "of", or before a noun and "from", says the
// name after it lies in that country: "the Greek island of Crete" is no Crete, Illinois.
func TestDemonymOf(t *testing.T) {
	m := testMatcher(t)
	cases := []struct{ text, name, want string }{
		{"Sailors from Lancaster, Pennsylvania, and from Florida and Texas flew to the Greek island of Crete.", "Crete", "GR"},
		{"Reservists from Tampa, Orlando and Fort Myers, Florida, later toured the Italian city of Naples.", "Naples", "IT"},
		{"The frigate left Genoa and La Spezia, Italy, for the American city of Naples and then Tampa.", "Naples", "US"},
		// a demonym, a noun and "from": the place they come from
		{"Ships called at Punta Arenas and Valparaíso, Chile. Colombian marines from Cartagena took part.", "Cartagena", "CO"},
		{"Ships called at Punta Arenas, Chile, and Florida sailors played rugby. A Uruguayan frigate from Montevideo joined.", "Montevideo", "UY"},
		// not for a country's name ("from Jordan" may be where they left)
		{"Marines trained in Amman. American troops from Jordan flew home.", "Jordan", "JO"},
		{"Ships called at Punta Arenas and Valparaíso, Chile, then sailed past Cartagena.", "Cartagena", "CL"},
		// no demonym before the noun: the text's own places decide
		{"Sailors from Tampa, Orlando and Fort Myers, Florida, drove to the city of Naples.", "Naples", "US"},
		// a demonym not before a noun of places and "of" says nothing of the name
		{"Greek officials of Crete, Illinois, met the mayor of Chicago.", "Crete", "US"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %s (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
