import React from 'react';
import Layout from '@theme/Layout';

export default function Home(): JSX.Element {
  return <Layout title="Home">Welcome</Layout>;
}
