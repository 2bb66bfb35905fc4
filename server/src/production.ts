/**
 * Imported first by the server's entry point, before graphql is loaded: a started server runs in production
 * mode unless NODE_ENV says otherwise. graphql-js reads NODE_ENV once when it loads; outside production its
 * `instanceOf` checks every type test for duplicate graphql modules, which costs about a third of the time
 * of a large `simulate` (2,000 members). Tests import the app directly and keep their own NODE_ENV.
 */
process.env.NODE_ENV ??= 'production';
