// Custom Elements Manifest: the public API only. Private and protected members (and statics such as
// `styles`) are implementation details; tools that read the manifest (Storybook's args table, IDEs) should
// not offer them as properties.
const publicOnly = () => ({
  name: 'coop-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
        );
        // Events inherited from a base class without a name are noise.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
});

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  litelement: true,
  plugins: [publicOnly()],
};
