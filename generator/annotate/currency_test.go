package annotate_test

import (
	"strings"
	"testing"
)

// A currency that several countries share takes the code of the briefing's country: its theatre,
// else the country its places name most; in doubt it keeps the shared name.
func TestSharedCurrencies(t *testing.T) {
	cases := []struct {
		text    string
		theatre []string
		want    string
	}{
		{"Norway will spend 600 billion kroner.", []string{"NO"}, `value="600000000000 NOK"`},
		{"Denmark adds 143 billion kroner in Copenhagen and Aarhus.", nil, `value="143000000000 DKK"`},
		{"It cost 2 lakh rupees, officials in Colombo and Jaffna said.", nil, `value="200000 LKR"`},
		{"It cost 2 lakh rupees.", []string{"IN"}, `value="200000 INR"`},
		{"It cost 2 lakh rupees.", nil, `value="200000 Rupee"`},
		{"A ransom of 300 million pesos was paid.", []string{"PH"}, `value="300000000 PHP"`},
	}
	for _, c := range cases {
		out, _ := render(t, c.text, c.theatre...)
		if !strings.Contains(out, c.want) {
			t.Errorf("%q (theatre %v): want %s in\n%s", c.text, c.theatre, c.want, out)
		}
	}
}
