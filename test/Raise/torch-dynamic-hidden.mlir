// RUN: norm-opt %S/Inputs/torch_rms_norm_dynamic_hidden.mlir --norm-raise | FileCheck %s --check-prefix=RMS --implicit-check-not=linalg. --implicit-check-not=math.
// RUN: norm-opt %S/Inputs/torch_layer_norm_dynamic_hidden.mlir --norm-raise | FileCheck %s --check-prefix=LN --implicit-check-not=linalg. --implicit-check-not=math.
// RUN: norm-opt %S/Inputs/torch_layer_norm_2d_dynamic.mlir --norm-raise | FileCheck %s --check-prefix=LN2D --implicit-check-not=linalg. --implicit-check-not=math.
// RUN: norm-opt %S/Inputs/torch_rms_norm_dynamic_weight.mlir --norm-raise | FileCheck %s --check-prefix=RMSW --implicit-check-not=linalg. --implicit-check-not=math.
// RUN: norm-opt %S/Inputs/torch_layer_norm_dynamic_weight.mlir --norm-raise | FileCheck %s --check-prefix=LNW --implicit-check-not=linalg. --implicit-check-not=math.
// RUN: norm-opt %s --norm-raise --split-input-file | FileCheck %s --check-prefix=NEG

// torch-mlir exports with a normalized size known only at run time: N is
// `sitofp(index_cast(tensor.dim x, d))` (a muli of two of them over two
// normalized dims), matched to the normalized dims of the summed tensor
// through tensor.empty and the linalg ops' inits.
// Numbers for several sizes: test/Integration/CPU/raise_torch.py.
// No linalg or math op of the decomposition is left anywhere in the raised
// outputs (--implicit-check-not, not NOTs after the norm).

// RMS:      %[[E:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<?x?xf32>
// RMS:      norm.rms_norm %arg0 : tensor<?x?xf32> outs(%[[E]] : tensor<?x?xf32>) {axis = 1 : i64, epsilon = 9.9999999999999995E-7 : f64}

// LN:       norm.layer_norm %arg0 : tensor<?x?xf32> outs(%{{.*}} : tensor<?x?xf32>) {axis = 1 : i64}

// LN2D:     norm.layer_norm %arg0 : tensor<2x?x?xf32> outs(%{{.*}} : tensor<2x?x?xf32>) {axis = 1 : i64}

// The weights (inputs of run-time size) fold in as scale and bias; the
// frontend's broadcast-size assertions stay.
// RMSW:     cf.assert
// RMSW:     norm.rms_norm %arg0 : tensor<?x?xf32> scale(%arg1 : tensor<?xf32>) outs(%{{.*}} : tensor<?x?xf32>)
// LNW:      cf.assert
// LNW:      cf.assert
// LNW:      norm.layer_norm %arg0 : tensor<?x?xf32> scale(%arg1 : tensor<?xf32>) bias(%arg2 : tensor<?xf32>) outs(%{{.*}} : tensor<?x?xf32>) {axis = 1 : i64}

// The same chain written by hand, dividing by the row length (raised), by
// the number of rows, and by the size of another tensor's dim (neither is
// a mean over the row: not raised).
// NEG-LABEL: func.func @divided_by_cols
// NEG-NOT:   math.rsqrt
// NEG:       norm.rms_norm %arg0 : tensor<?x?xf32> outs(%{{.*}} : tensor<?x?xf32>) {axis = 1 : i64, epsilon = 9.9999999747524271E-7 : f64}
// NEG-NOT:   math.rsqrt
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>
func.func @divided_by_cols(%x: tensor<?x?xf32>, %z: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %eps = arith.constant 1.0e-6 : f32
  %rows = tensor.dim %x, %c0 : tensor<?x?xf32>
  %cols = tensor.dim %x, %c1 : tensor<?x?xf32>
  %other = tensor.dim %z, %c1 : tensor<?x?xf32>
  %e = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %sq = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<?x?xf32>) outs(%e : tensor<?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %in : f32
    linalg.yield %m : f32
  } -> tensor<?x?xf32>
  %s0 = tensor.empty(%rows) : tensor<?x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x1xf32>) -> tensor<?x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%sq : tensor<?x?xf32>) outs(%f : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<?x1xf32>
  %n = arith.index_cast %cols : index to i64
  %mean = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%sum : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %nf = arith.sitofp %n : i64 to f32
    %d = arith.divf %in, %nf : f32
    linalg.yield %d : f32
  } -> tensor<?x1xf32>
  %shifted = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%mean : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %eps : f32
    linalg.yield %a : f32
  } -> tensor<?x1xf32>
  %rstd = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%shifted : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.rsqrt %in : f32
    linalg.yield %r : f32
  } -> tensor<?x1xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %rstd : tensor<?x?xf32>, tensor<?x1xf32>) outs(%e : tensor<?x?xf32>) {
  ^bb0(%in: f32, %r: f32, %out: f32):
    %m = arith.mulf %in, %r : f32
    linalg.yield %m : f32
  } -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

// NEG-LABEL: func.func @divided_by_rows
// NEG-NOT:   norm.rms_norm
// NEG:       math.rsqrt
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>
func.func @divided_by_rows(%x: tensor<?x?xf32>, %z: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %eps = arith.constant 1.0e-6 : f32
  %rows = tensor.dim %x, %c0 : tensor<?x?xf32>
  %cols = tensor.dim %x, %c1 : tensor<?x?xf32>
  %other = tensor.dim %z, %c1 : tensor<?x?xf32>
  %e = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %sq = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<?x?xf32>) outs(%e : tensor<?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %in : f32
    linalg.yield %m : f32
  } -> tensor<?x?xf32>
  %s0 = tensor.empty(%rows) : tensor<?x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x1xf32>) -> tensor<?x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%sq : tensor<?x?xf32>) outs(%f : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<?x1xf32>
  %n = arith.index_cast %rows : index to i64
  %mean = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%sum : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %nf = arith.sitofp %n : i64 to f32
    %d = arith.divf %in, %nf : f32
    linalg.yield %d : f32
  } -> tensor<?x1xf32>
  %shifted = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%mean : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %eps : f32
    linalg.yield %a : f32
  } -> tensor<?x1xf32>
  %rstd = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%shifted : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.rsqrt %in : f32
    linalg.yield %r : f32
  } -> tensor<?x1xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %rstd : tensor<?x?xf32>, tensor<?x1xf32>) outs(%e : tensor<?x?xf32>) {
  ^bb0(%in: f32, %r: f32, %out: f32):
    %m = arith.mulf %in, %r : f32
    linalg.yield %m : f32
  } -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

// NEG-LABEL: func.func @divided_by_other_tensor
// NEG-NOT:   norm.rms_norm
// NEG:       math.rsqrt
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>
func.func @divided_by_other_tensor(%x: tensor<?x?xf32>, %z: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %eps = arith.constant 1.0e-6 : f32
  %rows = tensor.dim %x, %c0 : tensor<?x?xf32>
  %cols = tensor.dim %x, %c1 : tensor<?x?xf32>
  %other = tensor.dim %z, %c1 : tensor<?x?xf32>
  %e = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %sq = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<?x?xf32>) outs(%e : tensor<?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %in : f32
    linalg.yield %m : f32
  } -> tensor<?x?xf32>
  %s0 = tensor.empty(%rows) : tensor<?x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x1xf32>) -> tensor<?x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%sq : tensor<?x?xf32>) outs(%f : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<?x1xf32>
  %n = arith.index_cast %other : index to i64
  %mean = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%sum : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %nf = arith.sitofp %n : i64 to f32
    %d = arith.divf %in, %nf : f32
    linalg.yield %d : f32
  } -> tensor<?x1xf32>
  %shifted = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%mean : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %eps : f32
    linalg.yield %a : f32
  } -> tensor<?x1xf32>
  %rstd = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%shifted : tensor<?x1xf32>) outs(%s0 : tensor<?x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.rsqrt %in : f32
    linalg.yield %r : f32
  } -> tensor<?x1xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %rstd : tensor<?x?xf32>, tensor<?x1xf32>) outs(%e : tensor<?x?xf32>) {
  ^bb0(%in: f32, %r: f32, %out: f32):
    %m = arith.mulf %in, %r : f32
    linalg.yield %m : f32
  } -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}
