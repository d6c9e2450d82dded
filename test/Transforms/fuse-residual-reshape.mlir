// RUN: norm-opt %s --norm-fuse-residual=report --split-input-file --verify-diagnostics | FileCheck %s

// Residual adds that reach the next norm through reshapes of the rows, as
// OPT's decoder layers in torch-mlir's output: the attention block adds on
// [B, S, H], views the sum as [B*S, H] for the MLP block's norm (and as its
// residual), which adds on [B*S, H] and views the sum back as [B, S, H] for
// the next layer (or the final norm). The first layer adds x + F(x), the
// second F(x) + x. All four adds fuse: the fused op works in the norm's
// shape on the summands reshaped as the sum was (views once bufferized),
// takes the residual stream (the summand the other is computed from) as
// its residual and writes h over the sublayer output; h replaces the sum
// wherever it was used (here the next residual add).

// CHECK-LABEL: func.func @opt_decoder(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x4x8xf32>
// CHECK:         %[[N1:.*]] = norm.layer_norm %[[X]]
// CHECK:         %[[A1:.*]] = linalg.generic {{.*}} ins(%[[N1]] :
// CHECK:         %[[A1C:.*]] = tensor.collapse_shape %[[A1]] {{\[\[}}0, 1], [2]]
// CHECK:         %[[XC:.*]] = tensor.collapse_shape %[[X]] {{\[\[}}0, 1], [2]]
// CHECK:         %[[F1:.*]]:2 = norm.add_layer_norm %[[A1C]], %[[XC]] : tensor<8x8xf32>, tensor<8x8xf32> {{.*}} outs(%{{.*}}, %[[A1C]] :
// CHECK-DAG:     %[[M1:.*]] = linalg.matmul ins(%[[F1]]#0,
// CHECK-DAG:     %[[H1E:.*]] = tensor.expand_shape %[[F1]]#1 {{\[\[}}0, 1], [2]] output_shape [2, 4, 8]
// CHECK:         %[[M1E:.*]] = tensor.expand_shape %[[M1]] {{\[\[}}0, 1], [2]] output_shape [2, 4, 8]
// CHECK:         %[[F2:.*]]:2 = norm.add_layer_norm %[[M1E]], %[[H1E]] : tensor<2x4x8xf32>, tensor<2x4x8xf32> {{.*}} outs(%{{.*}}, %[[M1E]] :
// CHECK-DAG:     %[[H2C:.*]] = tensor.collapse_shape %[[F2]]#1
// CHECK-DAG:     %[[A2:.*]] = linalg.generic {{.*}} ins(%[[F2]]#0 :
// CHECK:         %[[A2C:.*]] = tensor.collapse_shape %[[A2]]
// CHECK:         %[[F3:.*]]:2 = norm.add_layer_norm %[[A2C]], %[[H2C]] : tensor<8x8xf32>
// CHECK-DAG:     %[[M2:.*]] = linalg.matmul ins(%[[F3]]#0,
// CHECK-DAG:     %[[H3E:.*]] = tensor.expand_shape %[[F3]]#1
// CHECK:         %[[M2E:.*]] = tensor.expand_shape %[[M2]]
// CHECK:         %[[F4:.*]]:2 = norm.add_layer_norm %[[M2E]], %[[H3E]] : tensor<2x4x8xf32>
// CHECK-NOT:     arith.addf
// CHECK:         return %[[F4]]#0

// expected-remark @+1 {{fused 4 residual add(s) into norms (3 Pre-LN chain(s)), removing 1024 bytes}}
func.func @opt_decoder(%x: tensor<2x4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>, %w: tensor<8x8xf32>) -> tensor<2x4x8xf32> {
  %e2 = tensor.empty() : tensor<2x4x8xf32>
  %ln1 = norm.layer_norm %x : tensor<2x4x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e2 : tensor<2x4x8xf32>)
  %e4 = tensor.empty() : tensor<2x4x8xf32>
  %attn3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ln1 : tensor<2x4x8xf32>) outs(%e4 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<2x4x8xf32>
  %e6 = tensor.empty() : tensor<2x4x8xf32>
  %add5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %attn3 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e6 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<2x4x8xf32>
  %collapsed7 = tensor.collapse_shape %add5 [[0, 1], [2]] : tensor<2x4x8xf32> into tensor<8x8xf32>
  %e9 = tensor.empty() : tensor<8x8xf32>
  %ln8 = norm.layer_norm %collapsed7 : tensor<8x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e9 : tensor<8x8xf32>)
  %e11 = tensor.empty() : tensor<8x8xf32>
  %cst12 = arith.constant 0.0 : f32
  %z12 = linalg.fill ins(%cst12 : f32) outs(%e11 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %mlp10 = linalg.matmul ins(%ln8, %w : tensor<8x8xf32>, tensor<8x8xf32>) outs(%z12 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %e14 = tensor.empty() : tensor<8x8xf32>
  %add13 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%collapsed7, %mlp10 : tensor<8x8xf32>, tensor<8x8xf32>) outs(%e14 : tensor<8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x8xf32>
  %expanded15 = tensor.expand_shape %add13 [[0, 1], [2]] output_shape [2, 4, 8] : tensor<8x8xf32> into tensor<2x4x8xf32>
  %e17 = tensor.empty() : tensor<2x4x8xf32>
  %ln16 = norm.layer_norm %expanded15 : tensor<2x4x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e17 : tensor<2x4x8xf32>)
  %e19 = tensor.empty() : tensor<2x4x8xf32>
  %attn18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ln16 : tensor<2x4x8xf32>) outs(%e19 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<2x4x8xf32>
  %e21 = tensor.empty() : tensor<2x4x8xf32>
  %add20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%attn18, %expanded15 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e21 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<2x4x8xf32>
  %collapsed22 = tensor.collapse_shape %add20 [[0, 1], [2]] : tensor<2x4x8xf32> into tensor<8x8xf32>
  %e24 = tensor.empty() : tensor<8x8xf32>
  %ln23 = norm.layer_norm %collapsed22 : tensor<8x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e24 : tensor<8x8xf32>)
  %e26 = tensor.empty() : tensor<8x8xf32>
  %cst27 = arith.constant 0.0 : f32
  %z27 = linalg.fill ins(%cst27 : f32) outs(%e26 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %mlp25 = linalg.matmul ins(%ln23, %w : tensor<8x8xf32>, tensor<8x8xf32>) outs(%z27 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %e29 = tensor.empty() : tensor<8x8xf32>
  %add28 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mlp25, %collapsed22 : tensor<8x8xf32>, tensor<8x8xf32>) outs(%e29 : tensor<8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x8xf32>
  %expanded30 = tensor.expand_shape %add28 [[0, 1], [2]] output_shape [2, 4, 8] : tensor<8x8xf32> into tensor<2x4x8xf32>
  %e32 = tensor.empty() : tensor<2x4x8xf32>
  %ln31 = norm.layer_norm %expanded30 : tensor<2x4x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e32 : tensor<2x4x8xf32>)
  return %ln31 : tensor<2x4x8xf32>
}

// -----

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

// Run-time rows, and the sum also used in its own shape: that use takes h
// reshaped back, with the sizes of a summand.
// CHECK-LABEL: func.func @dynamic_rows(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x4x8xf32>
// CHECK:         %[[F:.*]] = linalg.generic
// CHECK:         %[[FC:.*]] = tensor.collapse_shape %[[F]]
// CHECK:         %[[XC:.*]] = tensor.collapse_shape %[[X]]
// CHECK:         %[[R:.*]]:2 = norm.add_rms_norm %[[FC]], %[[XC]] : tensor<?x8xf32>, tensor<?x8xf32> outs(%{{.*}}, %[[FC]] :
// CHECK:         %[[D:.*]] = tensor.dim %[[F]], %{{.*}}
// CHECK:         %[[H:.*]] = tensor.expand_shape %[[R]]#1 {{\[\[}}0, 1], [2]] output_shape [%[[D]], 4, 8]
// CHECK:         linalg.generic {{.*}} ins(%[[H]], %[[H]] :
// CHECK:         return %[[R]]#0,
// expected-remark @+1 {{fused 1 residual add(s) into norms (1 Pre-LN chain(s))}}
func.func @dynamic_rows(%x: tensor<?x4x8xf32>, %f0: tensor<?x4x8xf32>) -> (tensor<?x8xf32>, tensor<?x4x8xf32>) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %n = tensor.dim %x, %c0 : tensor<?x4x8xf32>
  %e = tensor.empty(%n) : tensor<?x4x8xf32>
  // F(x), then F(x) + x.
  %f = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %f0 : tensor<?x4x8xf32>, tensor<?x4x8xf32>) outs(%e : tensor<?x4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<?x4x8xf32>
  %s = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%f, %x : tensor<?x4x8xf32>, tensor<?x4x8xf32>) outs(%e : tensor<?x4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<?x4x8xf32>
  %c = tensor.collapse_shape %s [[0, 1], [2]] : tensor<?x4x8xf32> into tensor<?x8xf32>
  %rows = arith.muli %n, %c4 : index
  %e2 = tensor.empty(%rows) : tensor<?x8xf32>
  %y = norm.rms_norm %c : tensor<?x8xf32> outs(%e2 : tensor<?x8xf32>)
  %t = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %s : tensor<?x4x8xf32>, tensor<?x4x8xf32>) outs(%e : tensor<?x4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<?x4x8xf32>
  return %y, %t : tensor<?x8xf32>, tensor<?x4x8xf32>
}

// -----

// Reshapes that change the rows do not fuse: the norm's rows are not the
// sum's rows. Merging the normalized dim with another ([2, 4, 8] viewed as
// [2, 32], normalized over 32) and splitting it ([8, 8] viewed as
// [8, 2, 4], normalized over 4).
// CHECK-LABEL: func.func @merged_rows(
// CHECK:         arith.addf
// CHECK:         tensor.collapse_shape {{.*}} {{\[\[}}0], [1, 2]]
// CHECK:         norm.layer_norm
// CHECK-NOT:     norm.add_layer_norm
func.func @merged_rows(%x: tensor<2x4x8xf32>, %f: tensor<2x4x8xf32>) -> tensor<2x32xf32> {
  %s = arith.addf %x, %f : tensor<2x4x8xf32>
  %c = tensor.collapse_shape %s [[0], [1, 2]] : tensor<2x4x8xf32> into tensor<2x32xf32>
  %e = tensor.empty() : tensor<2x32xf32>
  %y = norm.layer_norm %c : tensor<2x32xf32> outs(%e : tensor<2x32xf32>)
  return %y : tensor<2x32xf32>
}

// CHECK-LABEL: func.func @split_rows(
// CHECK:         arith.addf
// CHECK:         tensor.expand_shape {{.*}} {{\[\[}}0], [1, 2]]
// CHECK:         norm.rms_norm
// CHECK-NOT:     norm.add_rms_norm
func.func @split_rows(%x: tensor<8x8xf32>, %f: tensor<8x8xf32>) -> tensor<8x2x4xf32> {
  %s = arith.addf %x, %f : tensor<8x8xf32>
  %c = tensor.expand_shape %s [[0], [1, 2]] output_shape [8, 2, 4] : tensor<8x8xf32> into tensor<8x2x4xf32>
  %e = tensor.empty() : tensor<8x2x4xf32>
  %y = norm.rms_norm %c : tensor<8x2x4xf32> outs(%e : tensor<8x2x4xf32>)
  return %y : tensor<8x2x4xf32>
}
