package render

import (
	"encoding/json"
	"math"
	"testing"
)

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `quote " and \ back`, "tab\tnew\nline\r", "\x01\x1f", "<b>&amp;</b>", "Qā’im ✓", "\u2028\u2029", "bad \xff byte"} {
		want, _ := json.Marshal(s)
		got := appendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("%q: invalid JSON %s: %v", s, got, err)
			continue
		}
		var wantBack string
		json.Unmarshal(want, &wantBack)
		if back != wantBack {
			t.Errorf("%q: round trip %q, want %q", s, back, wantBack)
		}
	}
	for _, f := range []float64{0, 1, -2.5, 1083, 418.123456789, 1e-7, 1.5e21, 12345678912345, 0.000001} {
		want, _ := json.Marshal(f)
		if got := string(appendJSONNumber(nil, f)); got != string(want) {
			t.Errorf("%v: %s, want %s", f, got, want)
		}
	}
	if got := string(appendJSONNumber(nil, math.NaN())); got != "null" {
		t.Errorf("NaN: %s", got)
	}
}
