package place

import "testing"

// A second-level region's name without "County" is valid on its own when the gazetteer gives
// it as a name of the region ("Penghu" for Penghu County), not only before a suffix.
func TestBareNameGiven(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Ships sailed near Penghu and Kaohsiung in Taiwan.",
			[]want{{"Penghu", "TW", "region2", 1670651}, {"Kaohsiung", "TW", "city", 0}, {"Taiwan", "TW", "country", 0}}},
		// negative: a county's name without "County", which the gazetteer does not give, stays
		// valid only before a suffix
		{"Deputies from Walker and Harris counties met in Houston.",
			[]want{{"Walker", "US", "region2", 0}, {"Harris", "US", "region2", 0}, {"Houston", "US", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
