package place

import "testing"

// A name after a hyphen in a joint base's name is an installation merged into it, no place.
func TestMergedBase(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"The Air Force built a hangar at Joint Base San Antonio-Randolph in Texas.", "Randolph", ""},
		{"Airmen from Joint Base Charleston-Richardson flew to Dover.", "Richardson", ""},
		// the joint base with its installation's name (curated), and a hyphen outside a joint
		// base's name, stay places
		{"The Air Force built a hangar at Joint Base San Antonio-Randolph in Texas.", "Joint Base San Antonio-Randolph", "US"},
		{"Troops moved along the Iraq-Syria border.", "Syria", "SY"},
		{"The base hosted the Boston-Randolph relay; Randolph, Massachusetts, cheered.", "Randolph", "US"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
