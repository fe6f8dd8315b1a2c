package article

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Article dumps come from Windows tools and old sites as often as from new
// ones: UTF-8 with a byte-order mark, UTF-16 from Excel and PowerShell,
// Windows-1252 from old CMSes. Those are converted to UTF-8; anything else
// that is not UTF-8 is reported rather than guessed at.

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// utf8Reader returns a reader of r in UTF-8: a UTF-8 byte-order mark is
// dropped and UTF-16 with a byte-order mark is converted. Other bytes pass
// unchanged.
func utf8Reader(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		br.Discard(3)
		return br
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder())
	}
	return br
}

// decodeText returns a whole text in UTF-8, converting UTF-16 without a
// byte-order mark and Windows-1252 (a superset of Latin-1 in practice), or
// an error saying why the bytes are not text.
func decodeText(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errEmpty
	}
	if e, ok := bomlessUTF16(data); ok {
		out, err := e.NewDecoder().Bytes(data)
		if err == nil && utf8.Valid(out) {
			return string(out), nil
		}
	}
	if bytes.IndexByte(data, 0) >= 0 || controlShare(data) > 0.01 {
		return "", errBinary
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if s, ok := decodeWindows1252(data); ok {
		return s, nil
	}
	return "", errInvalidUTF8
}

// bomlessUTF16 recognises UTF-16 without a byte-order mark by its zero
// bytes: text in Latin script has a zero in every other byte.
func bomlessUTF16(data []byte) (encoding.Encoding, bool) {
	if len(data) < 4 || len(data)%2 != 0 {
		return nil, false
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := len(data) / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true
	case even*10 >= half*7 && odd*10 < half:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), true
	}
	return nil, false
}

// decodeWindows1252 converts text that is invalid as UTF-8 but reads as
// Windows-1252: few bytes above ASCII, none of the five it leaves undefined.
// Random binary fails the first test, other code pages mostly the second;
// either is then reported instead of turned into mojibake.
func decodeWindows1252(data []byte) (string, bool) {
	high := 0
	for _, c := range data {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return "", false
		case c >= 0x80:
			high++
		}
	}
	if high*5 > len(data) {
		return "", false
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	return string(out), true
}

// controlShare is the share of control bytes that text does not use.
func controlShare(data []byte) float64 {
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(data))
}
