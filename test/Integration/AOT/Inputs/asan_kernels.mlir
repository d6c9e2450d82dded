// Kernels whose every tail case the ASan driver exercises.
func.func @add_ln(%x: tensor<?x?xf32>, %r: tensor<?x?xf32>, %g: tensor<?xf32>,
                  %y: tensor<?x?xf32> {bufferization.writable = true},
                  %h: tensor<?x?xf32> {bufferization.writable = true}) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
  %o:2 = norm.add_layer_norm %x, %r : tensor<?x?xf32>, tensor<?x?xf32> scale(%g : tensor<?xf32>) outs(%y, %h : tensor<?x?xf32>, tensor<?x?xf32>)
  return %o#0, %o#1 : tensor<?x?xf32>, tensor<?x?xf32>
}
func.func @rms_bf16(%x: tensor<?x?xbf16>, %g: tensor<?xbf16>,
                    %y: tensor<?x?xbf16> {bufferization.writable = true}) -> tensor<?x?xbf16> {
  %o = norm.rms_norm %x : tensor<?x?xbf16> scale(%g : tensor<?xbf16>) outs(%y : tensor<?x?xbf16>)
  return %o : tensor<?x?xbf16>
}
func.func @add_rms_bf16(%x: tensor<?x?xbf16>, %r: tensor<?x?xbf16>, %g: tensor<?xbf16>,
                        %y: tensor<?x?xbf16> {bufferization.writable = true},
                        %h: tensor<?x?xbf16> {bufferization.writable = true}) -> (tensor<?x?xbf16>, tensor<?x?xbf16>) {
  %o:2 = norm.add_rms_norm %x, %r : tensor<?x?xbf16>, tensor<?x?xbf16> scale(%g : tensor<?xbf16>) outs(%y, %h : tensor<?x?xbf16>, tensor<?x?xbf16>)
  return %o#0, %o#1 : tensor<?x?xbf16>, tensor<?x?xbf16>
}
func.func @bn_nhwc_bf16(%x: tensor<?x?xbf16>, %m: tensor<?xbf16>, %v: tensor<?xbf16>,
                        %y: tensor<?x?xbf16> {bufferization.writable = true}) -> tensor<?x?xbf16> {
  %o = norm.batch_norm %x : tensor<?x?xbf16> running(%m, %v : tensor<?xbf16>, tensor<?xbf16>) outs(%y : tensor<?x?xbf16>) {channel_axis = -1 : i64}
  return %o : tensor<?x?xbf16>
}
func.func @bn_nchw(%x: tensor<?x3x?xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>,
                   %y: tensor<?x3x?xf32> {bufferization.writable = true}) -> tensor<?x3x?xf32> {
  %o = norm.batch_norm %x : tensor<?x3x?xf32> scale(%v : tensor<3xf32>) bias(%m : tensor<3xf32>) running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%y : tensor<?x3x?xf32>)
  return %o : tensor<?x3x?xf32>
}
func.func @bn_nhwc24(%x: tensor<?x24xf32>, %m: tensor<24xf32>, %v: tensor<24xf32>,
                     %y: tensor<?x24xf32> {bufferization.writable = true}) -> tensor<?x24xf32> {
  %o = norm.batch_norm %x : tensor<?x24xf32> bias(%m : tensor<24xf32>) running(%m, %v : tensor<24xf32>, tensor<24xf32>) outs(%y : tensor<?x24xf32>) {channel_axis = 1 : i64}
  return %o : tensor<?x24xf32>
}
func.func @bn_planes(%x: tensor<?x60x7x5xf32>, %m: tensor<60xf32>, %v: tensor<60xf32>,
                     %y: tensor<?x60x7x5xf32> {bufferization.writable = true}) -> tensor<?x60x7x5xf32> {
  %o = norm.batch_norm %x : tensor<?x60x7x5xf32> bias(%m : tensor<60xf32>) running(%m, %v : tensor<60xf32>, tensor<60xf32>) outs(%y : tensor<?x60x7x5xf32>)
  return %o : tensor<?x60x7x5xf32>
}
func.func @bn_train(%x: tensor<?x3x?xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>,
                    %y: tensor<?x3x?xf32> {bufferization.writable = true},
                    %s: tensor<4x3xf32> {bufferization.writable = true}) -> (tensor<?x3x?xf32>, tensor<4x3xf32>) {
  %e = tensor.empty() : tensor<3xf32>
  %o:5 = norm.batch_norm %x : tensor<?x3x?xf32> running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%y, %e, %e, %e, %e : tensor<?x3x?xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {training}
  %s0 = tensor.insert_slice %o#1 into %s[0, 0] [1, 3] [1, 1] : tensor<3xf32> into tensor<4x3xf32>
  %s1 = tensor.insert_slice %o#2 into %s0[1, 0] [1, 3] [1, 1] : tensor<3xf32> into tensor<4x3xf32>
  %s2 = tensor.insert_slice %o#3 into %s1[2, 0] [1, 3] [1, 1] : tensor<3xf32> into tensor<4x3xf32>
  %s3 = tensor.insert_slice %o#4 into %s2[3, 0] [1, 3] [1, 1] : tensor<3xf32> into tensor<4x3xf32>
  return %o#0, %s3 : tensor<?x3x?xf32>, tensor<4x3xf32>
}
