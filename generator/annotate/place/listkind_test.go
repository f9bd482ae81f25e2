package place

import "testing"

// Each member of a list that is now of a name's kind counts, up to two: "Florida, Texas and
// Georgia" are three states even in a text about Europe.
func TestListKindMembers(t *testing.T) {
	m := testMatcher(t)
	cases := []struct{ text, name, want string }{
		{"The destroyer visited Split, Croatia, and Naples, Italy, then Constanța, Romania. Its crew includes sailors from Florida, Texas and Georgia.", "Georgia", "US"},
		{"The destroyer visited Split, Croatia, and Naples, Italy. Officers from Georgia, Armenia and Azerbaijan came aboard.", "Georgia", "GE"},
		{"The destroyer visited Split, Croatia, and Naples, Italy, then sailed for Georgia and Ukraine.", "Georgia", "GE"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %s (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
