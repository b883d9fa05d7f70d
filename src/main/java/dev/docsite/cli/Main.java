package dev.docsite.cli;
public class Main { public static void main(String[] a) {} }
