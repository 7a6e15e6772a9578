package uncertainty

// buckets selects the percentiles of a large column in two light passes
// instead of quickselect's several heavy ones: a value's bucket is
// ⌊(v − least)·scale⌋ (the last bucket also takes the top), which never
// decreases as v grows, so every value of a lower bucket is below every
// value of a higher one, and the k-th smallest value is the (k − values
// in lower buckets)-th of its bucket. The first pass counts the values
// of each bucket; the second copies out those of the few buckets that
// hold the order statistics the percentiles need (the k-th and the next,
// for each of the three); selection then runs on those alone. The
// percentiles are the same order statistics, so the same bits as
// percentiles; a column whose values crowd into a few buckets (a spike
// far from the rest) only makes the selection longer.
type buckets struct {
	counts [bucketCount]int32
	want   [bucketCount]bool
	at     [bucketCount]int32 // where a wanted bucket's values go in buf
	buf    []float64
}

const (
	bucketCount = 1024
	// bucketMin is the fewest values worth the two passes.
	bucketMin = 2048
)

// percentiles returns the 5th, 50th and 95th percentiles of a, whose
// values are finite and run from least to most (least < most), as the
// package's percentiles would; a is not changed.
func (bk *buckets) percentiles(a []float64, least, most float64) (p5, p50, p95 float64) {
	n := len(a)
	scale := bucketCount / (most - least)
	if n < bucketMin || !(scale > 0) || scale-scale != 0 {
		return percentiles(a)
	}
	last := bucketCount - 1
	clear(bk.counts[:])
	for _, v := range a {
		bk.counts[min(int((v-least)*scale), last)]++
	}
	// The buckets of ranks k and k + 1 for each percentile.
	var ks [3]int
	var ws [3]float64
	var in, next [3]int // bucket of rank k, of rank k + 1
	var below [3]int    // values in buckets before in
	for q, p := range [3]float64{0.05, 0.50, 0.95} {
		ks[q], ws[q] = rank(n, p)
	}
	clear(bk.want[:])
	cum := 0
	q, r := 0, 0 // the next percentile, and whether its k or k + 1
	for b, c := range bk.counts {
		for q < 3 && ks[q]+r < cum+int(c) {
			if r == 0 {
				in[q], below[q] = b, cum
				r = 1
			} else {
				next[q] = b
				q, r = q+1, 0
			}
			bk.want[b] = true
		}
		cum += int(c)
	}
	if q < 3 { // rank k + 1 past the last value: cannot happen for n ≥ 2
		return percentiles(a)
	}
	total := int32(0)
	for b, w := range bk.want {
		if w {
			bk.at[b] = total
			total += bk.counts[b]
		}
	}
	if cap(bk.buf) < int(total) {
		bk.buf = make([]float64, total)
	}
	buf := bk.buf[:total]
	fill := bk.at // where the next value of each wanted bucket goes
	for _, v := range a {
		b := min(int((v-least)*scale), last)
		if bk.want[b] {
			buf[fill[b]] = v
			fill[b]++
		}
	}
	var out [3]float64
	for q := range 3 {
		b := in[q]
		vals := buf[bk.at[b] : bk.at[b]+bk.counts[b]]
		x, nx := selectNth(vals, 0, len(vals), ks[q]-below[q])
		if next[q] != b {
			nb := next[q]
			nx = minOf(buf[bk.at[nb] : bk.at[nb]+bk.counts[nb]])
		}
		out[q] = interp(x, nx, ws[q])
	}
	return out[0], out[1], out[2]
}
