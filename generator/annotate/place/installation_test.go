package place

import "testing"

// A town right after an air force's station prefix ("RAF Lakenheath") is a place, as one
// before "Air Base" is, even a village in a text about another country.
func TestInstallationPrefix(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"F-15Es flew from RAF Lakenheath to Muwaffaq Salti Air Base in Jordan, then to Erbil and Baghdad.",
			[]want{{"Lakenheath", "GB", "city", 2645020}, {"Muwaffaq Salti Air Base", "JO", "feature", 0}, {"Jordan", "JO", "country", 0},
				{"Erbil", "IQ", "city", 0}, {"Baghdad", "IQ", "city", 0}}},
		// negative: the same name as a surname after a rank is no place
		{"Col. Amy Lakenheath met officials in Erbil and Baghdad.",
			[]want{{"Erbil", "IQ", "city", 0}, {"Baghdad", "IQ", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
