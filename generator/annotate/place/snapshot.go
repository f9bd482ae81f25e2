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
	"github.com/sitrep-archive/sitrep/generator/internal/wire"
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
const snapshotVersion = 3

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
	head = wire.AppendString(head, key)
	head = binary.AppendUvarint(head, uint64(len(payload)))
	head = binary.LittleEndian.AppendUint32(head, crc32.Checksum(payload, castagnoli))
	return head, payload
}

// SnapshotKey returns the key a snapshot was labelled with, or an error when data is no
// snapshot this program can read. It does not check the payload (LoadSnapshot does).
func SnapshotKey(data []byte) (string, error) {
	r := snapReader{Reader: wire.NewReader(unsafe.String(unsafe.SliceData(data), len(data)))}
	if err := r.header(); err != nil {
		return "", err
	}
	return r.key, nil
}

// LoadSnapshot returns the matcher a snapshot holds. The matcher's strings share data's
// bytes: data must not be changed afterwards.
func LoadSnapshot(data []byte) (*Matcher, error) {
	r := snapReader{Reader: wire.NewReader(unsafe.String(unsafe.SliceData(data), len(data)))}
	if err := r.header(); err != nil {
		return nil, err
	}
	if crc32.Checksum(data[r.Pos():], castagnoli) != r.crc {
		return nil, errors.New("place: matcher snapshot: checksum mismatch")
	}
	m, err := r.matcher()
	if err != nil {
		return nil, fmt.Errorf("place: snapshot: %w", err)
	}
	return m, nil
}

func appendInt32s(buf []byte, xs []int32) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(xs)))
	for _, x := range xs {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(x))
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
	buf = wire.AppendStrings(buf, tableList)
	offsets := make([]int32, 0, n+1)
	blob := make([]byte, 0, 100*n)
	for i := range n {
		offsets = append(offsets, int32(len(blob)))
		blob = appendEntry(blob, m.ent(int32(i)), table)
	}
	offsets = append(offsets, int32(len(blob)))
	buf = appendInt32s(buf, offsets)
	buf = wire.AppendString(buf, string(blob))
	for _, c := range m.custom {
		buf = wire.AppendBool(buf, c)
	}
	for _, s := range m.slugs {
		buf = wire.AppendString(buf, s)
	}
	for i := range n {
		c := m.codes[i]
		buf = binary.AppendUvarint(buf, uint64(c.country))
		buf = binary.AppendUvarint(buf, uint64(c.a1))
		buf = binary.AppendUvarint(buf, uint64(c.a2))
		buf = wire.AppendFloat64(buf, m.base[i])
		buf = binary.AppendVarint(buf, int64(m.size[i]))
	}
	ccs := make([]string, 0, len(m.countryIdx))
	for cc := range m.countryIdx {
		ccs = append(ccs, cc)
	}
	slices.Sort(ccs)
	buf = binary.AppendUvarint(buf, uint64(len(ccs)))
	for _, cc := range ccs {
		buf = wire.AppendString(buf, cc)
		buf = binary.AppendUvarint(buf, uint64(m.countryIdx[cc]))
	}
	t := m.trie
	buf = appendInt32s(buf, t.root[:])
	buf = appendInt32s(buf, t.out)
	buf = appendInt32s(buf, t.estart)
	buf = wire.AppendString(buf, string(t.elabel))
	buf = appendInt32s(buf, t.echild)
	buf = appendInt32s(buf, t.dense)
	buf = binary.AppendUvarint(buf, uint64(len(m.outs)))
	for _, o := range m.outs {
		buf = binary.AppendUvarint(buf, uint64(len(o.cands)))
		for _, c := range o.cands {
			buf = binary.AppendUvarint(buf, uint64(c.e))
			buf = append(buf, c.flags)
		}
		buf = wire.AppendBool(buf, o.block)
		buf = wire.AppendStrings(buf, o.names)
	}
	return wire.AppendBool(buf, m.lowerStart)
}

// appendEntry appends e's record; table numbers its short strings.
func appendEntry(buf []byte, e *gazetteer.Entry, table map[string]uint64) []byte {
	buf = binary.AppendVarint(buf, e.ID)
	buf = append(buf, byte(e.Kind))
	buf = wire.AppendString(buf, e.Name)
	buf = wire.AppendString(buf, e.ASCII)
	buf = wire.AppendStrings(buf, e.Alt)
	buf = wire.AppendStrings(buf, e.Abbr)
	for _, s := range [...]string{e.Country, e.Admin1Code, e.Admin2Code, e.Admin1, e.FeatureCode, e.Source} {
		buf = binary.AppendUvarint(buf, table[s])
	}
	buf = binary.AppendVarint(buf, int64(e.Population))
	for _, f := range [...]float64{e.Lat, e.Lon, e.SeatLat, e.SeatLon} {
		buf = wire.AppendFloat64(buf, f)
	}
	buf = wire.AppendBool(buf, e.HasCoords)
	return wire.AppendBool(buf, e.RegionPoint)
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
	r := wire.NewReader(l.blob[l.off[i]:l.off[i+1]])
	ref := func() string {
		n := r.Uvarint()
		if n >= uint64(len(l.table)) {
			r.Fail()
			return ""
		}
		return l.table[n]
	}
	e := &gazetteer.Entry{ID: r.Varint(), Kind: gazetteer.Kind(r.Byte()), Name: r.Str(), ASCII: r.Str()}
	e.Alt, _ = readStrings(&r, nil)
	e.Abbr, _ = readStrings(&r, nil)
	e.Country, e.Admin1Code, e.Admin2Code = ref(), ref(), ref()
	e.Admin1, e.FeatureCode, e.Source = ref(), ref(), ref()
	e.Population = int(r.Varint())
	e.Lat, e.Lon, e.SeatLat, e.SeatLon = r.Float64(), r.Float64(), r.Float64(), r.Float64()
	e.HasCoords = r.Bool()
	e.RegionPoint = r.Bool()
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

// snapReader reads a snapshot.
type snapReader struct {
	wire.Reader
	key string
	crc uint32 // the payload's checksum, from the header
}

func (r *snapReader) header() error {
	if r.Take(len(snapshotMagic)) != snapshotMagic {
		return errors.New("place: not a matcher snapshot")
	}
	if v := r.Uvarint(); v != snapshotVersion {
		return fmt.Errorf("place: matcher snapshot version %d, want %d", v, snapshotVersion)
	}
	r.key = r.Str()
	n := r.Uvarint()
	r.crc = r.Uint32()
	if r.Err() != nil || n != uint64(r.Len()) {
		return fmt.Errorf("place: matcher snapshot: %w", wire.ErrDamaged)
	}
	return nil
}

// int32s reads an array of int32, each in [lo, hi).
func (r *snapReader) int32s(lo, hi int32) []int32 {
	n := r.Count(4)
	d := r.Take(4 * n)
	xs := make([]int32, n)
	for i := range xs {
		x := int32(uint32(d[4*i]) | uint32(d[4*i+1])<<8 | uint32(d[4*i+2])<<16 | uint32(d[4*i+3])<<24)
		if x < lo || x >= hi {
			r.Fail()
			return nil
		}
		xs[i] = x
	}
	return xs
}

// readStrings reads a list of strings into the front of pool, returning the list and the
// rest.
func readStrings(r *wire.Reader, pool []string) ([]string, []string) {
	n := r.Count(1)
	if n == 0 {
		return nil, pool
	}
	if len(pool) < n {
		pool = make([]string, max(n, 4096))
	}
	for i := range n {
		pool[i] = r.Str()
	}
	return pool[:n:n], pool[n:]
}

func (r *snapReader) matcher() (*Matcher, error) {
	table, _ := readStrings(&r.Reader, nil)
	off := r.int32s(0, math.MaxInt32)
	blob := r.Str()
	if r.Err() != nil || len(off) == 0 || off[0] != 0 || int(off[len(off)-1]) != len(blob) {
		r.Fail()
		return nil, r.Err()
	}
	for i := 1; i < len(off); i++ {
		if off[i] < off[i-1] {
			r.Fail()
			return nil, r.Err()
		}
	}
	n := len(off) - 1
	m := &Matcher{fold: newFolder(),
		lazy: &lazyEntries{blob: blob, off: off, table: table, ptrs: make([]atomic.Pointer[gazetteer.Entry], n)}}
	if r.Len() < n {
		r.Fail()
		return nil, r.Err()
	}
	m.custom = make([]bool, n)
	for i := range m.custom {
		m.custom[i] = r.Bool()
	}
	m.slugs = make([]string, n)
	for i := range m.slugs {
		m.slugs[i] = r.Str()
	}
	m.codes = make([]codes, n)
	m.base = make([]float64, n)
	m.size = make([]int, n)
	for i := range m.codes {
		m.codes[i] = codes{country: r.int32(), a1: r.int32(), a2: r.int32()}
		m.base[i] = r.Float64()
		m.size[i] = int(r.Varint())
	}
	ncc := r.Count(2)
	m.countryIdx = make(map[string]int32, ncc)
	for range ncc {
		cc := r.Str()
		i := r.Uvarint()
		if i >= uint64(n) {
			r.Fail()
		}
		m.countryIdx[cc] = int32(i)
	}
	if r.Err() != nil {
		return nil, r.Err()
	}
	t := &trie{}
	root := r.int32s(0, math.MaxInt32)
	if len(root) != len(t.root) {
		r.Fail()
		return nil, r.Err()
	}
	copy(t.root[:], root)
	t.out = r.int32s(-1, math.MaxInt32)
	nodes := int32(len(t.out))
	t.estart = r.int32s(0, math.MaxInt32)
	t.elabel = []byte(r.Str())
	t.echild = r.int32s(0, math.MaxInt32) // checked below: child or dense offset
	t.dense = r.int32s(0, nodes)
	outs := r.Count(2)
	if r.Err() != nil {
		return nil, r.Err()
	}
	if err := t.check(outs); err != nil {
		return nil, err
	}
	t.makeTables()
	m.trie = t
	m.outs = make([]output, outs)
	var cands []cand
	var pool []string
	for i := range m.outs {
		o := &m.outs[i]
		k := r.Count(2)
		if len(cands) < k {
			cands = make([]cand, max(k, 8192))
		}
		for j := range k {
			e := r.Uvarint()
			if e >= uint64(n) {
				r.Fail()
			}
			cands[j] = cand{e: int32(e), flags: r.Byte()}
		}
		if k > 0 {
			o.cands, cands = cands[:k:k], cands[k:]
		}
		o.block = r.Bool()
		o.names, pool = readStrings(&r.Reader, pool)
		if r.Err() != nil {
			return nil, r.Err()
		}
	}
	m.lowerStart = r.Bool()
	if r.Err() == nil && r.Len() != 0 {
		r.Fail()
	}
	if r.Err() != nil {
		return nil, r.Err()
	}
	return m, nil
}

func (r *snapReader) int32() int32 {
	x := r.Uvarint()
	if x > math.MaxInt32 {
		r.Fail()
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
