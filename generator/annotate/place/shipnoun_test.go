package place

import "testing"

// A capitalised name right after a lower-case noun of a kind of ship is the ship's name.
func TestShipNoun(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"The Brazilian frigate Independência sailed from Rio de Janeiro.",
			[]want{{"Rio de Janeiro", "BR", "city", 0}}},
		{"The tanker Marlin Luanda was hit off Aden; the Russian cruiser Moskva sank off Odesa.",
			[]want{{"Aden", "YE", "city", 0}, {"Odesa", "UA", "city", 0}}},
		// negatives: a preposition or "of" between the noun and the name
		{"A frigate of Spain sailed to Cartagena, and a destroyer in Norfolk waited.",
			[]want{{"Spain", "ES", "country", 0}, {"Cartagena", "ES", "city", 0}, {"Norfolk", "US", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
