package figure

import "testing"

// TestFindBriefingPhrasing covers phrasings of briefings: models and names before a counted
// noun, units read by context, amounts in parts, identifiers and vague counts.
func TestFindBriefingPhrasing(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// one unit of time and a smaller part in a number: one duration
		{"The flight lasted an hour and 45 minutes.", []want{{"an hour and 45 minutes", "6300 second", Duration}}},
		{"The siege lasted a year and two months.", []want{{"a year and two months", "36816444 second", Duration}}},
		{"an hour and 5 miles later", []want{{"5 miles", "5 mi", Length}}},
		{"an hour and a half", []want{{"an hour and a half", "1.5 hour", Duration}}},
	}
	for _, tc := range tests {
		got := Find(tc.in)
		var gs []string
		for _, f := range got {
			gs = append(gs, f.Text+" → "+f.Normalised()+" ("+string(f.Kind)+")")
		}
		if len(got) != len(tc.want) {
			t.Errorf("Find(%q) = %q, want %d figures", tc.in, gs, len(tc.want))
			continue
		}
		for i, w := range tc.want {
			f := got[i]
			if f.Text != w.text || f.Normalised() != w.norm || f.Kind != w.kind {
				t.Errorf("Find(%q)[%d] = %q, want %q → %q (%s)", tc.in, i, gs[i], w.text, w.norm, w.kind)
			}
		}
	}
}
