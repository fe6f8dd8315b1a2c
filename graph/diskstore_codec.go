package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// The disk store keeps each node's and relationship's properties as one
// blob. The encoding keeps Go types exactly (an int stays an int, a
// []string a []string), which JSON would not, because the writers type
// columns by them and the graph read back must equal the one written.
//
// A blob is a count, then for each property in key order: the key, a type
// tag, the value. Only the types properties may have in Neo4j and that the
// Builder makes are accepted.

const (
	tagString  = 's'
	tagInt     = 'i'
	tagFloat   = 'f'
	tagBool    = 'b'
	tagStrings = 'S'
	tagInts    = 'I'
	tagFloats  = 'F'
)

func encodeProps(buf []byte, props map[string]any) ([]byte, error) {
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	for _, k := range keys {
		buf = appendString(buf, k)
		switch v := props[k].(type) {
		case string:
			buf = appendString(append(buf, tagString), v)
		case int:
			buf = binary.AppendVarint(append(buf, tagInt), int64(v))
		case float64:
			buf = binary.LittleEndian.AppendUint64(append(buf, tagFloat), math.Float64bits(v))
		case bool:
			b := byte(0)
			if v {
				b = 1
			}
			buf = append(buf, tagBool, b)
		case []string:
			buf = binary.AppendUvarint(append(buf, tagStrings), uint64(len(v)))
			for _, s := range v {
				buf = appendString(buf, s)
			}
		case []int:
			buf = binary.AppendUvarint(append(buf, tagInts), uint64(len(v)))
			for _, x := range v {
				buf = binary.AppendVarint(buf, int64(x))
			}
		case []float64:
			buf = binary.AppendUvarint(append(buf, tagFloats), uint64(len(v)))
			for _, x := range v {
				buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(x))
			}
		default:
			return nil, fmt.Errorf("property %q: %T is not a type the graph stores", k, v)
		}
	}
	return buf, nil
}

func appendString(buf []byte, s string) []byte {
	return append(binary.AppendUvarint(buf, uint64(len(s))), s...)
}

var errCorrupt = errors.New("disk store: corrupt property blob")

// propReader reads a blob; the first error sticks and ends the reading.
type propReader struct {
	b   []byte
	err error
}

func (r *propReader) uvarint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *propReader) varint() int {
	x, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(x)
}

// count reads a length, which cannot exceed the bytes left.
func (r *propReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *propReader) bytes(n int) []byte {
	if n > len(r.b) {
		r.fail()
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *propReader) string() string { return string(r.bytes(r.count())) }

func (r *propReader) float() float64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

func (r *propReader) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
	r.b = nil
}

func decodeProps(b []byte) (map[string]any, error) {
	r := &propReader{b: b}
	n := r.count()
	props := make(map[string]any, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.string()
		tag := r.bytes(1)
		if tag == nil {
			break
		}
		switch tag[0] {
		case tagString:
			props[k] = r.string()
		case tagInt:
			props[k] = r.varint()
		case tagFloat:
			props[k] = r.float()
		case tagBool:
			b := r.bytes(1)
			props[k] = b != nil && b[0] == 1
		case tagStrings:
			v := make([]string, r.count())
			for j := range v {
				v[j] = r.string()
			}
			props[k] = v
		case tagInts:
			v := make([]int, r.count())
			for j := range v {
				v[j] = r.varint()
			}
			props[k] = v
		case tagFloats:
			v := make([]float64, r.count())
			for j := range v {
				v[j] = r.float()
			}
			props[k] = v
		default:
			r.fail()
		}
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail()
	}
	return props, r.err
}
