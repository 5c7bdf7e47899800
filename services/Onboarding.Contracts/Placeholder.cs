namespace X; public static class Y {}
