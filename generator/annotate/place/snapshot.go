package place

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// A snapshot is a built Matcher written out as bytes, so that the next build of the same site
// with the same program reads it back (a few tens of milliseconds) instead of building it
// from the gazetteer (about half a second of CPU). Its layout:
//
//	magic      "sitrep place matcher\n"
//	version    uvarint (snapshotVersion)
//	key        string: what the caller says the matcher was made from (program, options)
//	length     uvarint: bytes of the payload
//	crc        4 bytes, CRC-32C of the payload
//	payload    the matcher's tables (see appendPayload)
//
// Strings are a uvarint length and the bytes; the entries' short, repeated fields (country,
// region codes, feature code, source) are numbers into a table of distinct strings. Arrays of
// int32 are 4 bytes each, little-endian. Reading checks the checksum and every index, so a
// damaged snapshot is an error, never a matcher that fails later.
//
// A briefing names a few dozen of the gazetteer's hundred thousand entries, so the entries
// are not decoded when the snapshot is read: each is decoded from its record when first asked
// for (lazyEntries), and strings point into the snapshot's bytes.

const snapshotMagic = "sitrep place matcher\n"

// snapshotVersion changes whenever the layout or the meaning of a snapshot changes.
const snapshotVersion = 2

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// AppendSnapshot appends the snapshot of m, labelled with key, to buf.
func (m *Matcher) AppendSnapshot(buf []byte, key string) []byte {
	head, payload := m.snapshot(key)
	return append(append(buf, head...), payload...)
}

// WriteSnapshot writes the snapshot of m, labelled with key, to w.
func (m *Matcher) WriteSnapshot(w io.Writer, key string) error {
	head, payload := m.snapshot(key)
	if _, err := w.Write(head); err != nil {
		return err
	}
	_, err := w.Write(payload)
	return err
}

func (m *Matcher) snapshot(key string) (head, payload []byte) {
	payload = m.appendPayload(make([]byte, 0, 28<<20))
	head = append(head, snapshotMagic...)
	head = binary.AppendUvarint(head, snapshotVersion)
	head = appendString(head, key)
	head = binary.AppendUvarint(head, uint64(len(payload)))
	head = binary.LittleEndian.AppendUint32(head, crc32.Checksum(payload, castagnoli))
	return head, payload
}

// SnapshotKey returns the key a snapshot was labelled with, or an error when data is no
// snapshot this program can read. It does not check the payload (LoadSnapshot does).
func SnapshotKey(data []byte) (string, error) {
	r := snapReader{data: unsafe.String(unsafe.SliceData(data), len(data))}
	if err := r.header(); err != nil {
		return "", err
	}
	return r.key, nil
}

// LoadSnapshot returns the matcher a snapshot holds. The matcher's strings share data's
// bytes: data must not be changed afterwards.
func LoadSnapshot(data []byte) (*Matcher, error) {
	r := snapReader{data: unsafe.String(unsafe.SliceData(data), len(data))}
	if err := r.header(); err != nil {
		return nil, err
	}
	if crc32.Checksum(data[r.pos:], castagnoli) != r.crc {
		return nil, errors.New("place: matcher snapshot: checksum mismatch")
	}
	m, err := r.matcher()
	if err != nil {
		return nil, fmt.Errorf("place: snapshot: %w", err)
	}
	return m, nil
}

func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

func appendInt32s(buf []byte, xs []int32) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(xs)))
	for _, x := range xs {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(x))
	}
	return buf
}

func appendStrings(buf []byte, ss []string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(ss)))
	for _, s := range ss {
		buf = appendString(buf, s)
	}
	return buf
}

// appendPayload writes, in order: the table of short strings, the entries (their offsets,
// then their records), the custom flags, the slugs, the codes, base priors and sizes, the
// country index, the trie and its outputs, lowerStart. The slug index and the folder are
// made again on reading.
func (m *Matcher) appendPayload(buf []byte) []byte {
	n := len(m.slugs)
	table := map[string]uint64{}
	var tableList []string
	for i := range n {
		e := m.ent(int32(i))
		for _, s := range [...]string{e.Country, e.Admin1Code, e.Admin2Code, e.Admin1, e.FeatureCode, e.Source} {
			if _, ok := table[s]; !ok {
				table[s] = uint64(len(tableList))
				tableList = append(tableList, s)
			}
		}
	}
	buf = appendStrings(buf, tableList)
	offsets := make([]int32, 0, n+1)
	blob := make([]byte, 0, 100*n)
	for i := range n {
		offsets = append(offsets, int32(len(blob)))
		blob = appendEntry(blob, m.ent(int32(i)), table)
	}
	offsets = append(offsets, int32(len(blob)))
	buf = appendInt32s(buf, offsets)
	buf = appendString(buf, string(blob))
	for _, c := range m.custom {
		buf = appendBool(buf, c)
	}
	for _, s := range m.slugs {
		buf = appendString(buf, s)
	}
	for i := range n {
		c := m.codes[i]
		buf = binary.AppendUvarint(buf, uint64(c.country))
		buf = binary.AppendUvarint(buf, uint64(c.a1))
		buf = binary.AppendUvarint(buf, uint64(c.a2))
		buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(m.base[i]))
		buf = binary.AppendVarint(buf, int64(m.size[i]))
	}
	ccs := make([]string, 0, len(m.countryIdx))
	for cc := range m.countryIdx {
		ccs = append(ccs, cc)
	}
	slices.Sort(ccs)
	buf = binary.AppendUvarint(buf, uint64(len(ccs)))
	for _, cc := range ccs {
		buf = appendString(buf, cc)
		buf = binary.AppendUvarint(buf, uint64(m.countryIdx[cc]))
	}
	t := m.trie
	buf = appendInt32s(buf, t.root[:])
	buf = appendInt32s(buf, t.out)
	buf = appendInt32s(buf, t.estart)
	buf = appendString(buf, string(t.elabel))
	buf = appendInt32s(buf, t.echild)
	buf = appendInt32s(buf, t.dense)
	buf = binary.AppendUvarint(buf, uint64(len(m.outs)))
	for _, o := range m.outs {
		buf = binary.AppendUvarint(buf, uint64(len(o.cands)))
		for _, c := range o.cands {
			buf = binary.AppendUvarint(buf, uint64(c.e))
			buf = append(buf, c.flags)
		}
		buf = appendBool(buf, o.block)
		buf = appendStrings(buf, o.names)
	}
	return appendBool(buf, m.lowerStart)
}

// appendEntry appends e's record; table numbers its short strings.
func appendEntry(buf []byte, e *gazetteer.Entry, table map[string]uint64) []byte {
	buf = binary.AppendVarint(buf, e.ID)
	buf = append(buf, byte(e.Kind))
	buf = appendString(buf, e.Name)
	buf = appendString(buf, e.ASCII)
	buf = appendStrings(buf, e.Alt)
	buf = appendStrings(buf, e.Abbr)
	for _, s := range [...]string{e.Country, e.Admin1Code, e.Admin2Code, e.Admin1, e.FeatureCode, e.Source} {
		buf = binary.AppendUvarint(buf, table[s])
	}
	buf = binary.AppendVarint(buf, int64(e.Population))
	for _, f := range [...]float64{e.Lat, e.Lon, e.SeatLat, e.SeatLon} {
		buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(f))
	}
	return appendBool(buf, e.HasCoords)
}

func appendBool(buf []byte, b bool) []byte {
	if b {
		return append(buf, 1)
	}
	return append(buf, 0)
}

// lazyEntries are the entries of a snapshot, each decoded from its record when first asked
// for. Safe for concurrent use: two goroutines may decode the same entry, and one result is
// kept.
type lazyEntries struct {
	blob  string
	off   []int32 // entry i's record is blob[off[i]:off[i+1]]
	table []string
	ptrs  []atomic.Pointer[gazetteer.Entry]
}

func (l *lazyEntries) get(i int32) *gazetteer.Entry {
	if e := l.ptrs[i].Load(); e != nil {
		return e
	}
	e := l.decode(i)
	if !l.ptrs[i].CompareAndSwap(nil, e) {
		e = l.ptrs[i].Load()
	}
	return e
}

// decode reads entry i's record. The snapshot's checksum vouches for the bytes; a record that
// still does not read leaves the fields after the problem empty. The entry's strings are
// copies: places found in the text outlive the matcher, and must not keep the snapshot's
// tens of megabytes alive.
func (l *lazyEntries) decode(i int32) *gazetteer.Entry {
	r := snapReader{data: l.blob[l.off[i]:l.off[i+1]]}
	ref := func() string {
		n := r.uvarint()
		if n >= uint64(len(l.table)) {
			r.fail()
			return ""
		}
		return l.table[n]
	}
	e := &gazetteer.Entry{ID: r.varint(), Kind: gazetteer.Kind(r.byte_()), Name: r.string(), ASCII: r.string()}
	e.Alt, _ = r.strings(nil)
	e.Abbr, _ = r.strings(nil)
	e.Country, e.Admin1Code, e.Admin2Code = ref(), ref(), ref()
	e.Admin1, e.FeatureCode, e.Source = ref(), ref(), ref()
	e.Population = int(r.varint())
	e.Lat, e.Lon, e.SeatLat, e.SeatLon = r.float64(), r.float64(), r.float64(), r.float64()
	e.HasCoords = r.bool_()
	for _, p := range [...]*string{&e.Name, &e.ASCII, &e.Country, &e.Admin1Code, &e.Admin2Code, &e.Admin1, &e.FeatureCode, &e.Source} {
		*p = strings.Clone(*p)
	}
	for _, list := range [...][]string{e.Alt, e.Abbr} {
		for k := range list {
			list[k] = strings.Clone(list[k])
		}
	}
	return e
}

var errSnapshot = errors.New("damaged or truncated")

// snapReader reads a snapshot; the first problem sets err and every later read returns
// zero values.
type snapReader struct {
	data string
	pos  int
	err  error
	key  string
	crc  uint32 // the payload's checksum, from the header
}

func (r *snapReader) fail() {
	if r.err == nil {
		r.err = errSnapshot
	}
	r.pos = len(r.data)
}

func (r *snapReader) header() error {
	if len(r.data) < len(snapshotMagic) || r.data[:len(snapshotMagic)] != snapshotMagic {
		return errors.New("place: not a matcher snapshot")
	}
	r.pos = len(snapshotMagic)
	if v := r.uvarint(); v != snapshotVersion {
		return fmt.Errorf("place: matcher snapshot version %d, want %d", v, snapshotVersion)
	}
	r.key = r.string()
	n := r.uvarint()
	r.crc = r.uint32()
	if r.err != nil || n != uint64(len(r.data)-r.pos) {
		return fmt.Errorf("place: matcher snapshot: %w", errSnapshot)
	}
	return nil
}

func (r *snapReader) uvarint() uint64 {
	var x uint64
	var s uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if r.pos >= len(r.data) {
			r.fail()
			return 0
		}
		b := r.data[r.pos]
		r.pos++
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				r.fail()
				return 0
			}
			return x | uint64(b)<<s
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	r.fail()
	return 0
}

func (r *snapReader) varint() int64 {
	ux := r.uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// count reads a length that needs at least min bytes per element after it.
func (r *snapReader) count(min int) int {
	n := r.uvarint()
	if n > uint64(len(r.data)-r.pos)/uint64(max(min, 1)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *snapReader) byte_() byte {
	if r.pos >= len(r.data) {
		r.fail()
		return 0
	}
	b := r.data[r.pos]
	r.pos++
	return b
}

func (r *snapReader) bool_() bool {
	switch r.byte_() {
	case 0:
		return false
	case 1:
		return true
	}
	r.fail()
	return false
}

func (r *snapReader) string() string {
	n := r.count(1)
	s := r.data[r.pos : r.pos+n]
	r.pos += n
	return s
}

func (r *snapReader) uint32() uint32 {
	if len(r.data)-r.pos < 4 {
		r.fail()
		return 0
	}
	d := r.data[r.pos : r.pos+4]
	r.pos += 4
	return uint32(d[0]) | uint32(d[1])<<8 | uint32(d[2])<<16 | uint32(d[3])<<24
}

func (r *snapReader) float64() float64 {
	if len(r.data)-r.pos < 8 {
		r.fail()
		return 0
	}
	lo, hi := r.uint32(), r.uint32()
	return math.Float64frombits(uint64(lo) | uint64(hi)<<32)
}

// int32s reads an array of int32, each in [lo, hi).
func (r *snapReader) int32s(lo, hi int32) []int32 {
	n := r.count(4)
	xs := make([]int32, n)
	d := r.data[r.pos : r.pos+4*n]
	for i := range xs {
		x := int32(uint32(d[4*i]) | uint32(d[4*i+1])<<8 | uint32(d[4*i+2])<<16 | uint32(d[4*i+3])<<24)
		if x < lo || x >= hi {
			r.fail()
			return nil
		}
		xs[i] = x
	}
	r.pos += 4 * n
	return xs
}

// strings reads a list of strings into the front of pool, returning the list and the rest.
func (r *snapReader) strings(pool []string) ([]string, []string) {
	n := r.count(1)
	if n == 0 {
		return nil, pool
	}
	if len(pool) < n {
		pool = make([]string, max(n, 4096))
	}
	for i := range n {
		pool[i] = r.string()
	}
	return pool[:n:n], pool[n:]
}

func (r *snapReader) matcher() (*Matcher, error) {
	table, _ := r.strings(nil)
	off := r.int32s(0, math.MaxInt32)
	blob := r.string()
	if r.err != nil || len(off) == 0 || off[0] != 0 || int(off[len(off)-1]) != len(blob) {
		r.fail()
		return nil, r.err
	}
	for i := 1; i < len(off); i++ {
		if off[i] < off[i-1] {
			r.fail()
			return nil, r.err
		}
	}
	n := len(off) - 1
	m := &Matcher{fold: newFolder(),
		lazy: &lazyEntries{blob: blob, off: off, table: table, ptrs: make([]atomic.Pointer[gazetteer.Entry], n)}}
	if len(r.data)-r.pos < n {
		r.fail()
		return nil, r.err
	}
	m.custom = make([]bool, n)
	for i := range m.custom {
		m.custom[i] = r.bool_()
	}
	m.slugs = make([]string, n)
	for i := range m.slugs {
		m.slugs[i] = r.string()
	}
	m.codes = make([]codes, n)
	m.base = make([]float64, n)
	m.size = make([]int, n)
	for i := range m.codes {
		m.codes[i] = codes{country: r.int32(), a1: r.int32(), a2: r.int32()}
		m.base[i] = r.float64()
		m.size[i] = int(r.varint())
	}
	ncc := r.count(2)
	m.countryIdx = make(map[string]int32, ncc)
	for range ncc {
		cc := r.string()
		i := r.uvarint()
		if i >= uint64(n) {
			r.fail()
		}
		m.countryIdx[cc] = int32(i)
	}
	if r.err != nil {
		return nil, r.err
	}
	t := &trie{}
	root := r.int32s(0, math.MaxInt32)
	if len(root) != len(t.root) {
		r.fail()
		return nil, r.err
	}
	copy(t.root[:], root)
	t.out = r.int32s(-1, math.MaxInt32)
	nodes := int32(len(t.out))
	t.estart = r.int32s(0, math.MaxInt32)
	t.elabel = []byte(r.string())
	t.echild = r.int32s(0, math.MaxInt32) // checked below: child or dense offset
	t.dense = r.int32s(0, nodes)
	outs := r.count(2)
	if r.err != nil {
		return nil, r.err
	}
	if err := t.check(outs); err != nil {
		return nil, err
	}
	m.trie = t
	m.outs = make([]output, outs)
	var cands []cand
	var pool []string
	for i := range m.outs {
		o := &m.outs[i]
		k := r.count(2)
		if len(cands) < k {
			cands = make([]cand, max(k, 8192))
		}
		for j := range k {
			e := r.uvarint()
			if e >= uint64(n) {
				r.fail()
			}
			cands[j] = cand{e: int32(e), flags: r.byte_()}
		}
		if k > 0 {
			o.cands, cands = cands[:k:k], cands[k:]
		}
		o.block = r.bool_()
		o.names, pool = r.strings(pool)
		if r.err != nil {
			return nil, r.err
		}
	}
	m.lowerStart = r.bool_()
	if r.err == nil && r.pos != len(r.data) {
		r.fail()
	}
	if r.err != nil {
		return nil, r.err
	}
	return m, nil
}

func (r *snapReader) int32() int32 {
	x := r.uvarint()
	if x > math.MaxInt32 {
		r.fail()
		return 0
	}
	return int32(x)
}

// check reports whether a frozen trie read from a snapshot is well formed: every child
// index, dense block and output within bounds.
func (t *trie) check(outs int) error {
	nodes := int32(len(t.out))
	bad := func(what string) error { return fmt.Errorf("trie: %s out of range", what) }
	if nodes == 0 || len(t.estart) != int(nodes)+1 || len(t.echild) != len(t.elabel) {
		return bad("table size")
	}
	for _, c := range t.root {
		if c >= nodes {
			return bad("root child")
		}
	}
	for v := int32(0); v < nodes; v++ {
		a, b := t.estart[v], t.estart[v+1]
		if a > b || int(b) > len(t.elabel) {
			return bad("child list")
		}
		for k := a; k < b; k++ {
			c := t.echild[k]
			if t.elabel[k] == denseMark && k == a {
				if int(c)+36 > len(t.dense) {
					return bad("dense block")
				}
			} else if c <= 0 || c >= nodes {
				return bad("child")
			}
		}
		if o := t.out[v]; o >= int32(outs) {
			return bad("output")
		}
	}
	return nil
}
