package dev.docsite.docusaurus;

import java.util.List;
import java.util.Optional;

/** {@code themeConfig.navbar}: its title, logo and items in the order written. */
public record Navbar(Optional<String> title, Optional<Logo> logo, List<NavbarItem> items) {
}
