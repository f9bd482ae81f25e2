package annotate

import "testing"

func TestAppendSI(t *testing.T) {
	for v, want := range map[float64]string{
		8046.72: "8046.72", 74080: "74080", 999999: "999999", 5e7: "50,000,000", 1.083e9: "1,083,000,000",
		2.8051853e9: "2,805,190,000", -1.5e6: "-1,500,000", 0.00012: "0.00012", 1.2e-05: "1.2e-05", 3e21: "3e+21",
	} {
		if got := string(appendSI(nil, v)); got != want {
			t.Errorf("appendSI(%g) = %q, want %q", v, got, want)
		}
	}
}
