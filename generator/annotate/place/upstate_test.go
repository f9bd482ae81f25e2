package place

import "testing"

// "Upstate", "Downstate" and "Upcountry" are modifiers: the name after them stays a place.
func TestUpstateModifier(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"Helicopters dropped water near Kula and Upcountry Maui after the Lahaina fire.", "Maui", "US"},
		{"Guard units from Upstate New York flew to Albany.", "New York", "US"},
		{"Farmers in Downstate Illinois met in Springfield.", "Illinois", "US"},
		// another capitalised word still makes a person's name
		{"Reporter Kent Maui spoke to troops in Lahaina.", "Maui", ""},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
