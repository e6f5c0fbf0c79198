package scatter.bench;

/**
 * Speed baseline for {@link HankelBenchmark}: the first committed version of
 * {@link scatter.physics.Hankel}, a fused port of Cephes j0.c/j1.c (rational approximations,
 * Math.sin/Math.cos of x rotated by pi/4). Same accuracy as {@link scatter.physics.Hankel}; kept only
 * to measure what the tuned version gains (the speed figures of its Javadoc).
 */
final class HankelCephesBaseline {

    private HankelCephesBaseline() {
    }

    /** Above this argument the asymptotic (modulus/phase) form is used, as in Cephes. */
    private static final double X_ASYMPTOTIC = 5.0;

    /** 2/pi. */
    private static final double TWO_OVER_PI = 0.63661977236758134308;

    /** Square of the first zero of J0, 2.404825557695773^2. */
    private static final double J0_ZERO1_SQ = 5.78318596294678452118;
    /** Square of the second zero of J0, 5.520078110286311^2. */
    private static final double J0_ZERO2_SQ = 30.4712623436620863991;
    /** Square of the first zero of J1, 3.831705970207512^2. */
    private static final double J1_ZERO1_SQ = 14.6819706421238932572;
    /** Square of the second zero of J1, 7.015586669815619^2. */
    private static final double J1_ZERO2_SQ = 49.2184563216946036703;

    // ---- x <= 5, order 0 (Cephes j0.c RP/RQ, YP/YQ; RQ and YQ have an implicit leading 1) ----
    private static final double[] J0_RP = {
        -4.79443220978201773821E9, 1.95617491946556577543E12, -2.49248344360967716204E14,
        9.70862251047306323952E15,
    };
    private static final double[] J0_RQ = {
        4.99563147152651017219E2, 1.73785401676374683123E5, 4.84409658339962045305E7,
        1.11855537045356834862E10, 2.11277520115489217587E12, 3.10518229857422583814E14,
        3.18121955943204943306E16, 1.71086294081043136091E18,
    };
    private static final double[] Y0_YP = {
        1.55924367855235737965E4, -1.46639295903971606143E7, 5.43526477051876500413E9,
        -9.82136065717911466409E11, 8.75906394395366999549E13, -3.46628303384729719441E15,
        4.42733268572569800351E16, -1.84950800436986690637E16,
    };
    private static final double[] Y0_YQ = {
        1.04128353664259848412E3, 6.26107330137134956842E5, 2.68919633393814121987E8,
        8.64002487103935000337E10, 2.02979612750105546709E13, 3.17157752842975028269E15,
        2.50596256172653059228E17,
    };

    // ---- x <= 5, order 1 (Cephes j1.c RP/RQ, YP/YQ; RQ and YQ have an implicit leading 1) ----
    private static final double[] J1_RP = {
        -8.99971225705559398224E8, 4.52228297998194034323E11, -7.27494245221818276015E13,
        3.68295732863852883286E15,
    };
    private static final double[] J1_RQ = {
        6.20836478118054335476E2, 2.56987256757748830383E5, 8.35146791431949253037E7,
        2.21511595479792499675E10, 4.74914122079991414898E12, 7.84369607876235854894E14,
        8.95222336184627338078E16, 5.32278620332680085395E18,
    };
    private static final double[] Y1_YP = {
        1.26320474790178026440E9, -6.47355876379160291031E11, 1.14509511541823727583E14,
        -8.12770255501325109621E15, 2.02439475713594898196E17, -7.78877196265950026825E17,
    };
    private static final double[] Y1_YQ = {
        5.94301592346128195359E2, 2.35564092943068577943E5, 7.34811944459721705660E7,
        1.87601316108706159478E10, 3.88231277496238566008E12, 6.20557727146953693363E14,
        6.87141087355300489866E16, 3.97270608116560655612E18,
    };

    // ---- x > 5, P and Q in w = 25/x^2 (Cephes j0.c / j1.c PP/PQ, QP/QQ; QQ has an implicit 1) ----
    private static final double[] P0_PP = {
        7.96936729297347051624E-4, 8.28352392107440799803E-2, 1.23953371646414299388E0,
        5.44725003058768775090E0, 8.74716500199817011941E0, 5.30324038235394892183E0,
        9.99999999999999997821E-1,
    };
    private static final double[] P0_PQ = {
        9.24408810558863637013E-4, 8.56288474354474431428E-2, 1.25352743901058953537E0,
        5.47097740330417105182E0, 8.76190883237069594232E0, 5.30605288235394617618E0,
        1.00000000000000000218E0,
    };
    private static final double[] Q0_QP = {
        -1.13663838898469149931E-2, -1.28252718670509318512E0, -1.95539544257735972385E1,
        -9.32060152123768231369E1, -1.77681167980488050595E2, -1.47077505154951170175E2,
        -5.14105326766599330220E1, -6.05014350600728481186E0,
    };
    private static final double[] Q0_QQ = {
        6.43178256118178023184E1, 8.56430025976980587198E2, 3.88240183605401609683E3,
        7.24046774195652478189E3, 5.93072701187316984827E3, 2.06209331660327847417E3,
        2.42005740240291393179E2,
    };
    private static final double[] P1_PP = {
        7.62125616208173112003E-4, 7.31397056940917570436E-2, 1.12719608129684925192E0,
        5.11207951146807644818E0, 8.42404590141772420927E0, 5.21451598682361504063E0,
        1.00000000000000000254E0,
    };
    private static final double[] P1_PQ = {
        5.71323128072548699714E-4, 6.88455908754495404082E-2, 1.10514232634061696926E0,
        5.07386386128601488557E0, 8.39985554327604159757E0, 5.20982848682361821619E0,
        9.99999999999999997461E-1,
    };
    private static final double[] Q1_QP = {
        5.10862594750176621635E-2, 4.98213872951233449420E0, 7.58238284132545283818E1,
        3.66779609360150777800E2, 7.10856304998926107277E2, 5.97489612400613639965E2,
        2.11688757100572135698E2, 2.52070205858023719784E1,
    };
    private static final double[] Q1_QQ = {
        7.42373277035675149943E1, 1.05644886038262816351E3, 4.98641058337653607651E3,
        9.56231892404756170795E3, 7.99704160447350683650E3, 2.82619278517639096600E3,
        3.36093607810698293419E2,
    };

    /**
     * Batch evaluation: for {@code s} in {@code [0, n)} stores {@code J0(x[s])}, {@code Y0(x[s])},
     * {@code J1(x[s])}, {@code Y1(x[s])} in the output arrays; elements from {@code n} on are not
     * touched. The caller guarantees {@code x[s] > 0}; see the class comment for other inputs.
     * Allocates nothing.
     */
    public static void evaluate(double[] x, int n, double[] j0, double[] y0, double[] j1, double[] y1) {
        for (int s = 0; s < n; s++) {
            double xs = x[s];
            if (xs > X_ASYMPTOTIC) {
                double w = 5.0 / xs;
                double z = w * w;
                double p0 = polevl(z, P0_PP) / polevl(z, P0_PQ);
                double q0 = w * polevl(z, Q0_QP) / p1evl(z, Q0_QQ);
                double p1 = polevl(z, P1_PP) / polevl(z, P1_PQ);
                double q1 = w * polevl(z, Q1_QP) / p1evl(z, Q1_QQ);
                double sn = Math.sin(xs);
                double cs = Math.cos(xs);
                // sqrt(2) cos(x - pi/4) and sqrt(2) sin(x - pi/4); the sqrt(2) goes into the amplitude
                double cp = cs + sn;
                double sm = sn - cs;
                double amp = 1.0 / Math.sqrt(Math.PI * xs);
                j0[s] = amp * (p0 * cp - q0 * sm);
                y0[s] = amp * (p0 * sm + q0 * cp);
                j1[s] = amp * (p1 * sm + q1 * cp);
                y1[s] = amp * (q1 * sm - p1 * cp);
            } else if (xs > 0.0) {
                double z = xs * xs;
                double lnx = Math.log(xs);
                double jj0 = (z - J0_ZERO1_SQ) * (z - J0_ZERO2_SQ) * polevl(z, J0_RP) / p1evl(z, J0_RQ);
                double jj1 = xs * (z - J1_ZERO1_SQ) * (z - J1_ZERO2_SQ) * polevl(z, J1_RP) / p1evl(z, J1_RQ);
                j0[s] = jj0;
                y0[s] = polevl(z, Y0_YP) / p1evl(z, Y0_YQ) + TWO_OVER_PI * lnx * jj0;
                j1[s] = jj1;
                y1[s] = xs * polevl(z, Y1_YP) / p1evl(z, Y1_YQ) + TWO_OVER_PI * (jj1 * lnx - 1.0 / xs);
            } else {
                j0[s] = Double.NaN;
                y0[s] = Double.NaN;
                j1[s] = Double.NaN;
                y1[s] = Double.NaN;
            }
        }
    }

    /** Returns {@code {J0(x), Y0(x), J1(x), Y1(x)}} for {@code x > 0}; allocates, not for hot loops. */
    public static double[] h01(double x) {
        double[] in = {x};
        double[] out = new double[4];
        double[] j0 = new double[1];
        double[] y0 = new double[1];
        double[] j1 = new double[1];
        double[] y1 = new double[1];
        evaluate(in, 1, j0, y0, j1, y1);
        out[0] = j0[0];
        out[1] = y0[0];
        out[2] = j1[0];
        out[3] = y1[0];
        return out;
    }

    /** Polynomial with coefficients highest degree first (Cephes polevl). */
    private static double polevl(double z, double[] c) {
        double r = c[0];
        for (int i = 1; i < c.length; i++) {
            r = r * z + c[i];
        }
        return r;
    }

    /** As {@link #polevl} with an implicit leading coefficient 1 (Cephes p1evl). */
    private static double p1evl(double z, double[] c) {
        double r = z + c[0];
        for (int i = 1; i < c.length; i++) {
            r = r * z + c[i];
        }
        return r;
    }
}
