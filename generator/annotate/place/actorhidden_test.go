package place

import "testing"

// A country's name inside an organisation's name of forces ("US Air Force") says who acts, not
// where, as "U.S. sailors" does.
func TestActorInsideOrganisation(t *testing.T) {
	m := testMatcher(t)
	cases := []struct{ text, name, want string }{
		{"British aid reached Islamabad and Karachi from Doncaster. A US Air Force C-17 landed at Sukkur. " +
			"Major Harris, who led the British team, is from Reading.", "Reading", "GB"},
		// an organisation that is not of forces or officials still votes
		{"US Census Bureau figures show that Reading and Allentown grew.", "Reading", "US"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %s (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
