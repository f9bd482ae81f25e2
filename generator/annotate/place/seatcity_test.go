package place

import "testing"

// A small namesake of a national capital or a big first-level seat needs local support, not
// only its country's share; the capital itself is not made a namesake's in a text about
// another country.
func TestSeatCityNamesake(t *testing.T) {
	m := testMatcher(t)
	cases := []struct{ text, name, want string }{
		{"Soldiers from Portsmouth, Preston, York and Dover, and a reservist from Savannah, flew to London. " +
			"Sailors of the frigate later hosted a reception in Lisbon.", "Lisbon", "PT"},
		{"Troops left Leeds and Manchester for Catterick and York; a reservist from Savannah joined them in Lisbon.", "Lisbon", "PT"},
		// local support keeps the namesake
		{"The Columbiana County commissioners met in Lisbon, Ohio, on Monday; East Liverpool and Salem sent delegates to Lisbon.", "Lisbon", "US"},
		{"Flooding closed roads in Lisbon and Salem, Ohio, the Columbiana County sheriff said.", "Lisbon", "US"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %s (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
