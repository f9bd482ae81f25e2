package place

import "testing"

// The own name of a first-level region of ten million people or more is no name of a town or
// region of fewer than 30,000, unless a city of 100,000 or more has it too.
func TestNationNamesake(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string
		want string
	}{
		{"The cutter returned to Florida. Crews from Key West boarded a boat bound for Puerto Rico, seen off Utuado and Ponce.", "Florida", "US"},
		{"The storm hit Ponce and Utuado in Puerto Rico, then Florida.", "Florida", "US"},
		// a larger namesake stays a candidate: Florida, Cuba, a town of 63,000
		{"Cuban troops left Camagüey for Florida, Camagüey.", "Florida", "CU"},
		// a region named like a city of its own shares the city's name with towns
		{"Lance Cpl. Jacob Moreno, of Moscow, Idaho, and a sailor from Brooklyn, New York, died.", "Moscow", "US"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
