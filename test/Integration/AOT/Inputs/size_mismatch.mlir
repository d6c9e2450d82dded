// Entry points for size_mismatch_driver.c: every op with every output, on
// memrefs of dynamic sizes (what a caller passes is only known at run time).
!m1 = memref<?xf32>
!m2 = memref<?x?xf32>
!m3 = memref<?x?x?xf32>

func.func @ln_stats(%x: !m2, %g: !m1, %b: !m1, %y: !m2, %mean: !m2, %rstd: !m2) {
  norm.layer_norm %x : !m2 scale(%g : !m1) bias(%b : !m1) outs(%y, %mean, %rstd : !m2, !m2, !m2)
  return
}
func.func @rms_stats(%x: !m2, %g: !m1, %y: !m2, %rstd: !m2) {
  norm.rms_norm %x : !m2 scale(%g : !m1) outs(%y, %rstd : !m2, !m2)
  return
}
// A normalized shape of two dims: γ and β of shape [d1, d2].
func.func @ln_2d(%x: !m3, %g: !m2, %b: !m2, %y: !m3) {
  norm.layer_norm %x : !m3 scale(%g : !m2) bias(%b : !m2) outs(%y : !m3) {axis = 1 : i64}
  return
}
func.func @add_ln(%x: !m2, %r: !m2, %g: !m1, %y: !m2, %h: !m2) {
  norm.add_layer_norm %x, %r : !m2, !m2 scale(%g : !m1) outs(%y, %h : !m2, !m2)
  return
}
func.func @add_rms_bias(%x: !m2, %r: !m2, %ab: !m1, %g: !m1, %y: !m2, %h: !m2) {
  norm.add_rms_norm %x, %r : !m2, !m2 add_bias(%ab : !m1) scale(%g : !m1) outs(%y, %h : !m2, !m2)
  return
}
func.func @sandwich(%x: !m2, %r: !m2, %gi: !m1, %g: !m1, %y: !m2, %h: !m2) {
  norm.sandwich_norm rms_norm %x, %r : !m2, !m2 inner_scale(%gi : !m1) scale(%g : !m1) outs(%y, %h : !m2, !m2)
  return
}
func.func @bn_train(%x: !m3, %m: !m1, %v: !m1, %y: !m3, %s0: !m1, %s1: !m1, %s2: !m1, %s3: !m1) {
  norm.batch_norm %x : !m3 running(%m, %v : !m1, !m1) outs(%y, %s0, %s1, %s2, %s3 : !m3, !m1, !m1, !m1, !m1) {training}
  return
}
