// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --canonicalize | FileCheck %s --check-prefix=CANON

// The fused residual ops returning the statistics of h: they print and
// parse back, and canonicalization drops statistics nobody reads (keeping
// y and h).

// CHECK-LABEL: func.func @stats
// CHECK: norm.add_layer_norm %{{.*}}, %{{.*}} : tensor<?x64xbf16>, tensor<?x64xf32> scale(%{{.*}} : tensor<64xbf16>) outs(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x64xbf16>, tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x1xf32>) {alpha = 5.000000e-01 : f64}
// CHECK: norm.add_rms_norm %{{.*}}, %{{.*}} : tensor<?x64xbf16>, tensor<?x64xf32> outs(%{{.*}}, %{{.*}}, %{{.*}} : tensor<?x64xbf16>, tensor<?x64xf32>, tensor<?x1xf32>) {offset = 1.000000e+00 : f64}
// CANON-LABEL: func.func @stats
// CANON: %[[LN:.*]]:4 = norm.add_layer_norm
// CANON: %[[RMS:.*]]:2 = norm.add_rms_norm {{.*}} outs(%{{.*}}, %{{.*}} : tensor<?x64xbf16>, tensor<?x64xf32>) {offset = 1.000000e+00 : f64}
// CANON: return %[[LN]]#0, %[[LN]]#1, %[[LN]]#3, %[[RMS]]#0, %[[RMS]]#1
func.func @stats(%x: tensor<?x64xbf16>, %r: tensor<?x64xf32>, %g: tensor<64xbf16>,
                 %ey: tensor<?x64xbf16>, %eh: tensor<?x64xf32>, %es: tensor<?x1xf32>)
    -> (tensor<?x64xbf16>, tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x64xbf16>, tensor<?x64xf32>) {
  %y, %h, %mean, %rstd = norm.add_layer_norm %x, %r : tensor<?x64xbf16>, tensor<?x64xf32>
      scale(%g : tensor<64xbf16>)
      outs(%ey, %eh, %es, %es : tensor<?x64xbf16>, tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x1xf32>)
      {alpha = 0.5 : f64}
  %y2, %h2, %rstd2 = norm.add_rms_norm %x, %r : tensor<?x64xbf16>, tensor<?x64xf32>
      outs(%ey, %eh, %es : tensor<?x64xbf16>, tensor<?x64xf32>, tensor<?x1xf32>) {offset = 1.0 : f64}
  return %y, %h, %rstd, %y2, %h2 : tensor<?x64xbf16>, tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x64xbf16>, tensor<?x64xf32>
}
