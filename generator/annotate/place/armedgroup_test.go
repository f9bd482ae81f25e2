package place

import "testing"

// A name before a noun of an armed group needs the context's support: a militia may take its
// name from a town of the briefing's country, not from a town abroad.
func TestArmedGroupNeedsSupport(t *testing.T) {
	m := testMatcher(t)
	et, ly, iq := []string{"ET"}, []string{"LY"}, []string{"IQ"}
	checkCases(t, m, []resolveCase{
		{"Federal troops fought Fano militias around Bahir Dar and Gondar in the Amhara region.", et,
			[]want{{"Bahir Dar", "ET", "city", 0}, {"Gondar", "ET", "city", 0}, {"Amhara region", "ET", "region1", 0}}},
		{"Federal troops fought Fano militias around Bahir Dar and Gondar in the Amhara region.", nil,
			[]want{{"Bahir Dar", "ET", "city", 0}, {"Gondar", "ET", "city", 0}, {"Amhara region", "ET", "region1", 0}}},
		{"Wagner mercenaries were seen near Gao, officials said.", []string{"ML"},
			[]want{{"Gao", "ML", "city", 0}}},
		// a town of the briefing's country stays
		{"Misrata militias clashed near Tripoli.", ly,
			[]want{{"Misrata", "LY", "city", 0}, {"Tripoli", "LY", "city", 0}}},
		{"Fallujah insurgents attacked a checkpoint near Ramadi.", iq,
			[]want{{"Fallujah", "IQ", "city", 0}, {"Ramadi", "IQ", "city", 0}}},
		// and so does a name not before such a noun
		{"Residents of Fano and Pesaro met the mayor.", nil,
			[]want{{"Fano", "IT", "city", 0}, {"Pesaro", "IT", "city", 0}}},
	})
}
