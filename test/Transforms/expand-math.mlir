// RUN: norm-opt %s --norm-expand-math | FileCheck %s --check-prefix=CLASSIFY
// RUN: norm-opt %s --norm-expand-math="polynomial-approximations=erf,erfc" | FileCheck %s --check-prefix=APPROX

// math.isinf and math.isnormal, which neither convert-math-to-llvm nor the
// NVVM lowering takes, become ordered comparisons of |x| (false for NaN);
// nothing else changes without approximations.

// CLASSIFY-LABEL: func.func @classify(
// CLASSIFY-SAME:    %[[X:.*]]: f32, %[[V:.*]]: vector<4xf64>
// CLASSIFY-DAG:     %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CLASSIFY-DAG:     %[[VINF:.*]] = arith.constant dense<0x7FF0000000000000> : vector<4xf64>
// CLASSIFY-DAG:     %[[MIN:.*]] = arith.constant dense<2.2250738585072014E-308> : vector<4xf64>
// CLASSIFY:         %[[A:.*]] = math.absf %[[X]] : f32
// CLASSIFY:         %[[I:.*]] = arith.cmpf oeq, %[[A]], %[[INF]] : f32
// CLASSIFY:         %[[VA:.*]] = math.absf %[[V]] : vector<4xf64>
// CLASSIFY:         %[[GE:.*]] = arith.cmpf oge, %[[VA]], %[[MIN]] : vector<4xf64>
// CLASSIFY:         %[[LT:.*]] = arith.cmpf olt, %[[VA]], %[[VINF]] : vector<4xf64>
// CLASSIFY:         %[[N:.*]] = arith.andi %[[GE]], %[[LT]] : vector<4xi1>
// CLASSIFY:         return %[[I]], %[[N]]
func.func @classify(%x: f32, %v: vector<4xf64>) -> (i1, vector<4xi1>) {
  %i = math.isinf %x : f32
  %n = math.isnormal %v : vector<4xf64>
  return %i, %n : i1, vector<4xi1>
}

// CLASSIFY-LABEL: func.func @gelu_erf(
// CLASSIFY:         math.erf %{{.*}} : f32
// CLASSIFY:         math.erfc %{{.*}} : vector<8xf32>
// CLASSIFY:         math.erf %{{.*}} : f64

// With approximations, f32 erf and erfc (scalars and vectors) become
// polynomials in arith and math.fma, with no call; f64 is left for libm.

// APPROX-LABEL: func.func @gelu_erf(
// APPROX-NOT:     math.erf {{.*}} : f32
// APPROX-NOT:     math.erfc
// APPROX:         math.fma {{.*}} : f32
// APPROX:         math.fma {{.*}} : vector<8xf32>
// APPROX:         math.erf %{{.*}} : f64
// APPROX-NOT:     math.erf
// APPROX:         return
func.func @gelu_erf(%x: f32, %v: vector<8xf32>, %d: f64) -> (f32, vector<8xf32>, f64) {
  %s = arith.constant 0.70710678118654757 : f32
  %half = arith.constant 0.5 : f32
  %one = arith.constant 1.0 : f32
  %u = arith.mulf %x, %s : f32
  %e = math.erf %u : f32
  %p = arith.addf %e, %one : f32
  %q = arith.mulf %x, %half : f32
  %g = arith.mulf %q, %p : f32
  %c = math.erfc %v : vector<8xf32>
  %ed = math.erf %d : f64
  return %g, %c, %ed : f32, vector<8xf32>, f64
}
