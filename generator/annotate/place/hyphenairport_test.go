package place

import "testing"

// A town's name joined by a hyphen to a capitalised word before "airport" or "air base" names
// the town the airport serves, not a longer proper name.
func TestHyphenAirport(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		// (an airport the curated list names is that airport)
		{"Patriot batteries remained at Rzeszów-Jasionka airport in south-eastern Poland.",
			[]want{{"Rzeszów-Jasionka airport", "PL", "feature", -671}, {"Poland", "PL", "country", 0}}},
		{"Flights resumed at Kraków-Balice Airport on Monday.",
			[]want{{"Kraków", "PL", "city", 3094802}}},
		// negatives: no facility after the pair, or a lower-case word after the hyphen
		{"Fans of the Rzeszów-Jasionka Athletic Club flew to Warsaw.",
			[]want{{"Warsaw", "PL", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
